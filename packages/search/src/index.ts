/**
 * @yizhan/search — the browser-safe runtime: load a prebuilt search-index.json and query it.
 * The index builder (pinyin-pro, i18n labels) lives in `@yizhan/search/build`, for Node only.
 */
export {
  SearchEngine,
  SearchIndexError,
  type SearchHit,
  type SearchResponse,
  type SearchOptions,
  type HitKind,
  type HitField,
} from './engine.js';
export { normalizeQuery, foldingFrom, type Folding } from './normalize.js';
export { SEARCH_FORMAT_VERSION, type SearchIndexData } from './format.js';
