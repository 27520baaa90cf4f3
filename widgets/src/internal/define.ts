/** The version of this widgets build, written into the registry so two copies can be told apart. */
export const WIDGETS_VERSION = '0.1.0';

interface Registry {
  version: string;
  /** Tag → version of the copy that defined it, or is loading it (the one-file loader claims first). */
  elements: Record<string, string>;
}

declare global {
  // Shared by every copy of the widgets on a page (two portals' scripts may meet).
  var __yizhanWidgets__: Registry | undefined;
}

const registry = (): Registry => (globalThis.__yizhanWidgets__ ??= { version: WIDGETS_VERSION, elements: {} });

let warned = false;

/** Once per copy, not once per element: one line in the console says what happened. */
function warnOnce(name: string, other: string | undefined): void {
  if (other && other !== WIDGETS_VERSION && !warned) {
    warned = true;
    console.warn(
      `[yizhan] Yizhan widgets ${other} are already registered on this page (first: <${name}>); this copy (${WIDGETS_VERSION}) uses them instead of its own.`,
    );
  }
}

/**
 * Register a custom element only if no copy has registered that name yet. When two builds of
 * Yizhan meet on one page, the first wins and a version mismatch is reported once on the console,
 * instead of the second throwing `NotSupportedError` and breaking the host page.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const elements = registry().elements;
  if (customElements.get(name)) {
    warnOnce(name, elements[name]);
    return;
  }
  customElements.define(name, constructor);
  elements[name] = WIDGETS_VERSION;
}

/**
 * For the one-file loader, before it imports a component: true when this copy should load it,
 * false when it is defined already or another copy's loader is loading it (a different version
 * is reported once, as in `defineElement`).
 */
export function claimElement(name: string): boolean {
  const elements = registry().elements;
  if (customElements.get(name) || elements[name]) {
    warnOnce(name, elements[name]);
    return false;
  }
  elements[name] = WIDGETS_VERSION;
  return true;
}

/** Gives up a claim whose import failed, so another copy (or a retry) may load the element. */
export function releaseElement(name: string): void {
  const elements = registry().elements;
  if (!customElements.get(name) && elements[name] === WIDGETS_VERSION) delete elements[name];
}
