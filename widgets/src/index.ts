/** Component classes and public types, without registering anything (for bundlers and wrappers). */
export { YzSearch, type YzSelectDetail, type YzSearchDetail, type YzAskDetail } from './yz-search/yz-search.js';
export {
  YzCatalogue,
  type CatalogueSelectDetail,
  type CatalogueAskDetail,
  type CatalogueNavigateDetail,
  type CatalogueSearchDetail,
} from './yz-catalogue/yz-catalogue.js';
export { YzOutlets, type OutletsSelectDetail } from './yz-outlets/yz-outlets.js';
export {
  YzConsultForm,
  type YzSubmittedDetail,
  type YzDraftRestoredDetail,
  type ConsultReceipt,
} from './yz-consult-form/yz-consult-form.js';
export type { YzErasedDetail } from './yz-consult-form/yz-consult-status.js';
export { YzItemPicker } from './yz-consult-form/yz-item-picker.js';
export {
  YzRating,
  type YzRatedDetail,
  type YzSavedDetail,
  type YzRefusedDetail,
  type RatingTarget,
} from './yz-rating/yz-rating.js';
export { WIDGETS_VERSION } from './internal/define.js';
export { setLocaleStrings } from './internal/locale-strings.js';
