/**
 * @yizhan/catalogue — the interchange format v1. This entry is safe in browsers; file, bundle
 * and signing helpers that need Node live in `@yizhan/catalogue/node`.
 */
export * from './schema/common.js';
export * from './schema/enums.js';
export * from './schema/item.js';
export * from './schema/outlet.js';
export * from './schema/list.js';
export * from './schema/bundle.js';
export * from './schema/search-index.js';
export * from './schema/intake.js';
export * from './validators/index.js';
export { parseList, type ParsedList } from './validate.js';
export {
  importCsv,
  csvListId,
  CSV_REQUIRED_COLUMNS,
  CSV_OPTIONAL_COLUMNS,
  type CsvImport,
  type CsvListMeta,
} from './csv.js';
export { resolveCatalogue, orderChain, type SourceList, type ResolveOptions, type ResolveResult } from './overlay.js';
export { canonicalJson } from './canonical-json.js';
export { fnv1a } from './hash.js';
export {
  formatProblem,
  problem,
  parseWith,
  formatPath,
  hasErrors,
  type Problem,
  type Severity,
  type MessageContext,
} from './problems.js';
export { jsonSchemas, SCHEMA_BASE } from './json-schema.js';
