/** Component classes and public types, without registering anything (for bundlers and wrappers). */
export { YzSearch, type YzSelectDetail, type YzSearchDetail, type YzAskDetail } from './yz-search/yz-search.js';
export { WIDGETS_VERSION } from './internal/define.js';
export { registerLocale as setLocaleStrings } from '@yizhan/i18n';
