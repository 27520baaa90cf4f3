import { SCHEMAS, schemaPage } from '../.vitepress/lib/schema.js';

/** One page per JSON Schema of the catalogue format. */
export default {
  paths() {
    return SCHEMAS.map((page) => ({ params: { schema: page.slug }, content: schemaPage(page) }));
  },
};
