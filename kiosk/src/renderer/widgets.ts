/**
 * Everything the kiosk takes from @yizhan/widgets, in one place. The package's public exports
 * cover yz-search and the loader only; the components' define modules and the internal helpers the
 * kiosk shares with them (bundle controller, localization, opening hours, the page-wide outbox)
 * are reached by path until the package exports them. Sharing the same modules matters: the
 * consultation form, the rating and the kiosk's staff status must see one outbox, and the
 * components one catalogue download.
 */
import '../../../widgets/src/yz-catalogue/define.js';

export { BundleController } from '../../../widgets/src/internal/bundle-controller.js';
export type { CatalogueView } from '../../../widgets/src/internal/catalogue-view.js';
export { LocalizeController } from '../../../widgets/src/internal/localize.js';
export { tokenStyles } from '../../../widgets/src/internal/tokens.styles.js';
export { baseStyles } from '../../../widgets/src/internal/styles.js';
export { openStatus, statusText, weeklyLines } from '../../../widgets/src/internal/hours-format.js';
export { demandReporter } from '../../../widgets/src/internal/demand.js';
export type { YzCatalogue } from '../../../widgets/src/yz-catalogue/yz-catalogue.js';
