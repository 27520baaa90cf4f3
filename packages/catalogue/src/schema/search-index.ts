import { z } from 'zod';

const strings = z.array(z.string());
const table = z.record(z.string(), z.string());

/**
 * search-index.json as a tool that reads a bundle checks it before handing it to the search
 * engine: each field of `@yizhan/search`'s format (search/src/format.ts) with the JSON type the
 * engine reads it as. The engine owns the format and checks its version itself; this only keeps a
 * damaged or hand-edited file from failing deep inside the engine with a message about JavaScript
 * instead of the file. Loose (`z.object`) so that fields a later index adds pass through.
 */
export const SearchIndexShape = z.object({
  formatVersion: z.number(),
  catalogueVersion: z.string(),
  kinds: z.string(),
  ids: strings,
  groups: z.array(z.array(z.number())),
  entries: z.object({ doc: z.array(z.number()), field: z.string(), text: strings, py: strings }),
  postings: table,
  words: strings,
  forms: strings,
  pinyin: z.object({ syllables: z.string(), chars: table }),
  fold: z.string(),
  lexicon: z.object({ words: strings, py: strings }),
});
