import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | undefined | null>>;

/**
 * Lit's `styleMap`, but always through the CSSOM (`element.style`). Lit's own directive writes a
 * `style="…"` attribute on first render, which a Content-Security-Policy without
 * `'unsafe-inline'` for styles (`style-src-attr`) refuses; CSSOM writes are always allowed.
 * Keys are camelCase (`paddingBlockStart`) or custom properties (`--yz-x`).
 */
class CspStyleMap extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cspStyleMap belongs in the style attribute: style=${cspStyleMap({...})}');
    }
  }

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const set = (name: string, value: string | null): void => {
      if (name.startsWith('--')) {
        if (value === null) style.removeProperty(name);
        else style.setProperty(name, value);
      } else {
        style.setProperty(
          name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
          value,
        );
      }
    };
    for (const name of this.previous) if (styles[name] == null) set(name, null);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      set(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cspStyleMap = directive(CspStyleMap);
