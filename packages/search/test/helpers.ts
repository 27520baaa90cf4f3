import { readFileSync } from 'node:fs';
import { resolveCatalogue, parseList, type Catalogue } from '@yizhan/catalogue';
import { i18nFor } from '@yizhan/i18n/node';

/** A catalogue resolved from list files, as `yizhan build` would (fixed build time). */
export function catalogueFrom(...files: string[]): Catalogue {
  const t = i18nFor('en').t;
  const sources = files.map((file) => {
    const parsed = parseList(JSON.parse(readFileSync(file, 'utf8')), { t, file });
    if (!parsed.list) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
    return { list: parsed.list, file };
  });
  const resolved = resolveCatalogue(sources, { t, builtAt: '2025-01-01T00:00:00Z' });
  if (!resolved.catalogue) throw new Error(resolved.problems.map((p) => p.message).join('; '));
  return resolved.catalogue;
}

export const MINI_LIST = new URL('./fixtures/mini-list.json', import.meta.url).pathname;
