import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILES, type LocalizedText } from '@yizhan/catalogue';

interface Named {
  id: string;
  name: LocalizedText;
}

/**
 * What the server needs of a built bundle: which item and outlet ids exist (to refuse a
 * consultation about an item that is not in the catalogue) and their names (for the console).
 * Without a bundle every id that fits the id pattern is accepted and shown as is.
 */
export class CatalogueIndex {
  private readonly items = new Map<string, LocalizedText>();
  private readonly outlets = new Map<string, LocalizedText>();

  constructor(
    readonly present: boolean,
    items: readonly Named[] = [],
    outlets: readonly Named[] = [],
  ) {
    for (const item of items) this.items.set(item.id, item.name);
    for (const outlet of outlets) this.outlets.set(outlet.id, outlet.name);
  }

  static empty(): CatalogueIndex {
    return new CatalogueIndex(false);
  }

  /** Read `catalogue.json` of a bundle directory; throws with the path when it is unusable. */
  static load(bundleDir: string): CatalogueIndex {
    const file = join(bundleDir, BUNDLE_FILES.catalogue);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the catalogue bundle ${file}: ${(error as Error).message}`);
    }
    const list = (key: string): Named[] => {
      const value = (data as Record<string, unknown>)?.[key];
      if (!Array.isArray(value)) throw new Error(`${file} has no ${key} array; is it a Yizhan bundle?`);
      return value.filter(
        (x): x is Named => typeof x?.id === 'string' && typeof x?.name === 'object' && x.name !== null,
      );
    };
    return new CatalogueIndex(true, list('items'), list('outlets'));
  }

  hasItem(id: string): boolean {
    return !this.present || this.items.has(id);
  }

  hasOutlet(id: string): boolean {
    return !this.present || this.outlets.has(id);
  }

  itemName(id: string, lang: string): string {
    return pick(this.items.get(id), lang) ?? id;
  }

  outletName(id: string, lang: string): string {
    return pick(this.outlets.get(id), lang) ?? id;
  }

  outletIds(): string[] {
    return [...this.outlets.keys()];
  }
}

function pick(text: LocalizedText | undefined, lang: string): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? (lang.startsWith('zh') ? undefined : text['en']) ?? text['zh-CN'];
}
