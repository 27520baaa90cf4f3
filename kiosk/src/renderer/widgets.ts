/**
 * Everything the kiosk takes from @yizhan/widgets, in one place: the components it places (through
 * the package's entries), and the internal helpers it shares with them (bundle controller,
 * localization, opening hours, demand reporting, the page's outbox), reached by
 * path because the package does not export them. Sharing the same modules matters: the components
 * and the kiosk make one catalogue download, load each language's strings once, and the
 * consultation form, the rating and the kiosk's staff status see one outbox.
 */
import '@yizhan/widgets/yz-catalogue';
import '@yizhan/widgets/yz-consult-form';
import '@yizhan/widgets/yz-rating';

export { BundleController } from '../../../widgets/src/internal/bundle-controller.js';
export type { CatalogueView } from '../../../widgets/src/internal/catalogue-view.js';
export { LocalizeController } from '../../../widgets/src/internal/localize.js';
export { tokenStyles } from '../../../widgets/src/internal/tokens.styles.js';
export { baseStyles } from '../../../widgets/src/internal/styles.js';
export { openStatus, statusText, weeklyLines } from '../../../widgets/src/internal/hours-format.js';
export { demandReporter } from '../../../widgets/src/internal/demand.js';
export { sharedOutbox } from '../../../widgets/src/internal/shared-outbox.js';
export type { YzCatalogue } from '../../../widgets/src/yz-catalogue/yz-catalogue.js';
export type { ConsultReceipt, YzConsultForm } from '../../../widgets/src/yz-consult-form/yz-consult-form.js';
