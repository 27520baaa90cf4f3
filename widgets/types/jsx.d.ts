// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
// Props of every Yizhan element for JSX: attributes by their HTML name, properties by their
// JavaScript name, and listeners as `on` + the event name (`onyz-select`), which React 19 and
// Preact attach to the element as they are. `import '@yizhan/widgets/types/jsx.d.ts'` once.
import type {
  CatalogueAskDetail,
  CatalogueNavigateDetail,
  CatalogueSearchDetail,
  CatalogueSelectDetail,
  YzCatalogue,
} from '../src/yz-catalogue/yz-catalogue.js';
import type {
  YzConsultForm,
  YzDraftRestoredDetail,
  YzSubmittedDetail,
} from '../src/yz-consult-form/yz-consult-form.js';
import type { YzConsultStatus, YzErasedDetail } from '../src/yz-consult-form/yz-consult-status.js';
import type { YzItemPicker } from '../src/yz-consult-form/yz-item-picker.js';
import type { OutletsSelectDetail, YzOutlets } from '../src/yz-outlets/yz-outlets.js';
import type { YzRatedDetail, YzRating, YzRefusedDetail, YzSavedDetail } from '../src/yz-rating/yz-rating.js';
import type { YzAskDetail, YzSearch, YzSearchDetail, YzSelectDetail } from '../src/yz-search/yz-search.js';

/** The service-item catalogue: browse and search every IP public service, and read, tick off, share and print its handling guide (办事指南). */
export interface YzCatalogueProps {
  /** Bundle directory URL (`/bundle/`), loaded through @yizhan/client (cached, works offline). */
  src?: YzCatalogue['src'];
  /** The item whose guide is open; set it to open one directly. Reflects the open guide. */
  item?: YzCatalogue['item'];
  /** Where the open item lives in the page URL: `hash` (default, `#item=…`), `query` (`?item=…`) or `none` (the host routes; listen to `yz-navigate`). */
  route?: YzCatalogue['route'];
  /** Name of the URL parameter (default `item`). */
  'route-param'?: YzCatalogue['routeParam'];
  /** Name of the URL parameter (default `item`). */
  routeParam?: YzCatalogue['routeParam'];
  /** Keep ticked materials in memory only (shared devices, kiosks); otherwise in localStorage. */
  ephemeral?: YzCatalogue['ephemeral'];
  /** Larger type and targets, one simple column (适老化). */
  elderly?: YzCatalogue['elderly'];
  /** `auto` (default, follows the widget's own width), `phone`, `desktop` or `kiosk`. */
  layout?: YzCatalogue['layout'];
  /** Link for outlet names, `{id}` replaced by the outlet id (e.g. `/outlets.html#outlet={id}`). Without it, outlet names are buttons that only emit `yz-select`. */
  'outlet-href'?: YzCatalogue['outletHref'];
  /** Link for outlet names, `{id}` replaced by the outlet id (e.g. `/outlets.html#outlet={id}`). Without it, outlet names are buttons that only emit `yz-select`. */
  outletHref?: YzCatalogue['outletHref'];
  /** Where “ask about this item” goes when no handler cancels `yz-ask`, `{id}` replaced by the item id. */
  'ask-href'?: YzCatalogue['askHref'];
  /** Where “ask about this item” goes when no handler cancels `yz-ask`, `{id}` replaced by the item id. */
  askHref?: YzCatalogue['askHref'];
  /** The resolved catalogue given directly (wins over `src`). */
  catalogue?: YzCatalogue['catalogue'];
  /** The prebuilt search index that goes with `catalogue` (optional; without it, plain substring search). */
  searchIndex?: YzCatalogue['searchIndex'];
  /** An item was opened from the list (`kind: 'item'`) or an outlet name was chosen (`kind: 'outlet'`). Cancelable: the widget then does nothing. */
  'onyz-select'?: (event: CustomEvent<CatalogueSelectDetail>) => void;
  /** “Ask about this item” was pressed. Cancelable: cancel it when you open the consultation form yourself (yz-consult-form does). */
  'onyz-ask'?: (event: CustomEvent<CatalogueAskDetail>) => void;
  /** The widget is about to change the page URL. Cancelable: cancel to route yourself and set `item`. */
  'onyz-navigate'?: (event: CustomEvent<CatalogueNavigateDetail>) => void;
  /** A search ran (for demand monitoring: what people looked for and did not find). */
  'onyz-search'?: (event: CustomEvent<CatalogueSearchDetail>) => void;
}

/** Consultation form (在线咨询): topic, related service item, question, contact and reply channel, a personal-information notice with separate consent; GOV.UK-style error summary; a check-your-answers step; delivery through the offline outbox; a receipt with reference number, promised reply date, print and QR code, and a satisfaction rating. */
export interface YzConsultFormProps {
  /** Base URL of the intake server (default: this page's origin). */
  api?: YzConsultForm['api'];
  /** Catalogue bundle directory, for picking the related service item. */
  src?: YzConsultForm['src'];
  /** Language (default: the nearest `lang` on the page). */
  lang?: string;
  /** Where the question is asked: `web` (default), `kiosk`, `phone` or `window`. */
  channel?: YzConsultForm['channel'];
  /** Preselected service item id. */
  item?: YzConsultForm['item'];
  /** Outlet the question is addressed to (sent as `outletId`). */
  outlet?: YzConsultForm['outlet'];
  /** Take the item from `yz-ask` events anywhere on the page (from yz-search or yz-catalogue), bring the form into view and cancel the event (it is handled). */
  'listen-ask'?: YzConsultForm['listenAsk'];
  /** Take the item from `yz-ask` events anywhere on the page (from yz-search or yz-catalogue), bring the form into view and cancel the event (it is handled). */
  listenAsk?: YzConsultForm['listenAsk'];
  /** Keep the draft, the receipt and rating marks in memory only (kiosks). Unsent questions still wait in the device's outbox until delivered. */
  ephemeral?: YzConsultForm['ephemeral'];
  /** Larger type and targets (适老化). */
  elderly?: YzConsultForm['elderly'];
  /** Level of the form's headings in the page outline (default 2). */
  'heading-level'?: YzConsultForm['headingLevel'];
  /** Level of the form's headings in the page outline (default 2). */
  headingLevel?: YzConsultForm['headingLevel'];
  /** How long the intake server keeps personal data (its `retentionDays`, default 180), as the notice tells the visitor. */
  'retention-days'?: YzConsultForm['retentionDays'];
  /** How long the intake server keeps personal data (its `retentionDays`, default 180), as the notice tells the visitor. */
  retentionDays?: YzConsultForm['retentionDays'];
  /** Where the QR code and the progress link point: a URL template with `{reference}`, `{token}` and `{ratingToken}` (default: this page with `#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}`, which this form shows as the consultation's progress, answer, rating and PIPL export/erase). Kiosks set the public portal page. */
  'status-url'?: YzConsultForm['statusUrl'];
  /** Where the QR code and the progress link point: a URL template with `{reference}`, `{token}` and `{ratingToken}` (default: this page with `#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}`, which this form shows as the consultation's progress, answer, rating and PIPL export/erase). Kiosks set the public portal page. */
  statusUrl?: YzConsultForm['statusUrl'];
  /** Catalogue data given directly instead of `src`. */
  catalogue?: YzConsultForm['catalogue'];
  /** The bundle's prebuilt search index, with `catalogue`. */
  searchIndex?: YzConsultForm['searchIndex'];
  /** The server accepted the question. */
  'onyz-submitted'?: (event: CustomEvent<YzSubmittedDetail>) => void;
  /** An unsent draft was restored. */
  'onyz-draft-restored'?: (event: CustomEvent<YzDraftRestoredDetail>) => void;
  /** The requester erased their personal data from the progress view; the receipt kept on this device for that consultation is forgotten too. */
  'onyz-erased'?: (event: CustomEvent<YzErasedDetail>) => void;
}

/** Where a consultation's QR code leads: its progress and answer, read with the requester's token, and the PIPL rights the notice promised (export, erase). Loaded by yz-consult-form only when the page is opened with `#yz-ref=…&yz-token=…`. */
export interface YzConsultStatusProps {
  /** Base URL of the intake server. */
  api?: YzConsultStatus['api'];
  /** The consultation reference. */
  reference?: YzConsultStatus['reference'];
  /** The requester's capability token. */
  token?: YzConsultStatus['token'];
  /** The consultation's rating token, to offer a rating once answered. */
  'rating-token'?: YzConsultStatus['ratingToken'];
  /** The consultation's rating token, to offer a rating once answered. */
  ratingToken?: YzConsultStatus['ratingToken'];
  /** Channel sent with a rating. */
  channel?: YzConsultStatus['channel'];
  /** Larger type and targets (适老化). */
  elderly?: YzConsultStatus['elderly'];
  /** The personal data of the consultation was erased. */
  'onyz-erased'?: (event: CustomEvent<YzErasedDetail>) => void;
  /** The visitor wants to ask a new question instead. */
  'onyz-status-close'?: (event: CustomEvent<Record<string, never>>) => void;
}

/** Picks one service item from the catalogue by search (Chinese, pinyin, initials), as a WAI-ARIA combobox with a listbox. Form-associated: inside a `<form>` its value (the item id) is submitted under `name`, and it resets with the form. */
export interface YzItemPickerProps {
  /** Form field name. */
  name?: YzItemPicker['name'];
  /** The chosen item id ('' for none). */
  value?: YzItemPicker['value'];
  /** Visible label text. */
  label?: YzItemPicker['label'];
  /** Hint below the label. */
  hint?: YzItemPicker['hint'];
  /** Error message; marks the field invalid. */
  error?: YzItemPicker['error'];
  /** The catalogue could not be loaded: say so instead of offering a search. */
  unavailable?: YzItemPicker['unavailable'];
  /** Larger type and targets (适老化). */
  elderly?: YzItemPicker['elderly'];
  /** Search engine of the loaded catalogue. */
  engine?: YzItemPicker['engine'];
  /** Lookups of the loaded catalogue. */
  view?: YzItemPicker['view'];
  /** The chosen item changed (`value`). */
  onchange?: (event: Event) => void;
}

/** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
export interface YzOutletsProps {
  /** Bundle directory URL, loaded through @yizhan/client (cached, works offline). */
  src?: YzOutlets['src'];
  /** Show only outlets that handle this service item (“where can I do 商标质押登记”). */
  item?: YzOutlets['item'];
  /** Bring this outlet into view and focus it (e.g. after a `yz-select` from yz-catalogue). */
  outlet?: YzOutlets['outlet'];
  /** Preselect a region by GB/T 2260 code (`510000` province, `510100` city, `510104` district). */
  region?: YzOutlets['region'];
  /** Link for service-item names, `{id}` replaced by the item id (e.g. `#item={id}` next to a yz-catalogue with `route="hash"`). Without it, item names are buttons that only emit `yz-select`. */
  'item-href'?: YzOutlets['itemHref'];
  /** Link for service-item names, `{id}` replaced by the item id (e.g. `#item={id}` next to a yz-catalogue with `route="hash"`). Without it, item names are buttons that only emit `yz-select`. */
  itemHref?: YzOutlets['itemHref'];
  /** Larger type and targets, one simple column (适老化). */
  elderly?: YzOutlets['elderly'];
  /** `auto` (default, follows the widget's own width), `phone`, `desktop` or `kiosk`. */
  layout?: YzOutlets['layout'];
  /** Level of the outlet names and the filter title in the page outline (default 3, under the page's own h2); each outlet's list of services is one level below. */
  'heading-level'?: YzOutlets['headingLevel'];
  /** Level of the outlet names and the filter title in the page outline (default 3, under the page's own h2); each outlet's list of services is one level below. */
  headingLevel?: YzOutlets['headingLevel'];
  /** The resolved catalogue given directly (wins over `src`). */
  catalogue?: YzOutlets['catalogue'];
  /** Prebuilt search index for `catalogue` (optional). */
  searchIndex?: YzOutlets['searchIndex'];
  /** Fixed clock for “open now” (tests, screenshots); by default the real time, refreshed every minute. */
  now?: YzOutlets['now'];
  /** Where the visitor's position comes from; `navigator.geolocation` by default. Only asked after the visitor presses the nearest-first button. */
  geolocation?: YzOutlets['geolocation'];
  /** A service item (`kind: 'item'`) or a parent outlet (`kind: 'outlet'`) was chosen. Cancelable. */
  'onyz-select'?: (event: CustomEvent<OutletsSelectDetail>) => void;
}

/** Satisfaction rating (好差评): five levels from 非常满意 to 非常不满意 as a radio group, reason tags per level (required for a bad rating, which opens a rectification case), an optional comment; sent through the offline outbox, one rating per token, always voluntary. */
export interface YzRatingProps {
  /** Base URL of the intake server (default: this page's origin). */
  api?: YzRating['api'];
  /** What is rated: `consultation`, `item` or `outlet`. */
  'target-type'?: YzRating['targetType'];
  /** What is rated: `consultation`, `item` or `outlet`. */
  targetType?: YzRating['targetType'];
  /** The consultation reference, or the item or outlet id. */
  'target-id'?: YzRating['targetId'];
  /** The consultation reference, or the item or outlet id. */
  targetId?: YzRating['targetId'];
  /** The consultation's `ratingToken`; for items and outlets a random token is made for each finished task (each element and target) when none is given. Pointed at another item or outlet, the element asks afresh with that target's own token, and shows "already rated" again for a target it rated before. */
  token?: YzRating['token'];
  /** `web` (default), `kiosk`, `phone` or `window`. */
  channel?: YzRating['channel'];
  /** Language (default: the nearest `lang` on the page). */
  lang?: string;
  /** Larger type and targets (适老化). */
  elderly?: YzRating['elderly'];
  /** Faces in one row, the rest only once a level is chosen. */
  compact?: YzRating['compact'];
  /** Remember "already rated" in memory only (kiosks). */
  ephemeral?: YzRating['ephemeral'];
  /** The rating is safe (said once per rating): `delivery` is `sent`, the server has it (`yz-rated` follows), or `queued`, kept in the device's outbox until the network returns (said after 2 s at most, even while the first try is still waiting; the status then says it is kept on the device). Also `target` (`{ type, id }`), `level` and `alreadyRated` (409: the server already had one for this case); never the comment or the token. Nothing is left for the visitor to do: a host may close what holds the widget. */
  'onyz-saved'?: (event: CustomEvent<YzSavedDetail>) => void;
  /** The server refused the rating for good, also a `queued` one: `code` is the intake API's error code (`validation`, `not_found`…; `http` when the answer was not the API's), with `status`, `target` and `level`. Nothing was recorded; the form is back with the visitor's choices. Problems the form shows before sending are not refusals. */
  'onyz-refused'?: (event: CustomEvent<YzRefusedDetail>) => void;
  /** The server accepted the rating (after `yz-saved`); a bad rating's detail carries the rectification case the server opened. */
  'onyz-rated'?: (event: CustomEvent<YzRatedDetail>) => void;
  /** The visitor chose not to rate. */
  'onyz-dismissed'?: (event: CustomEvent<Record<string, never>>) => void;
}

/** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
export interface YzSearchProps {
  /** URL of the catalogue bundle directory (`manifest.json` inside). */
  src?: YzSearch['src'];
  /** Placeholder text; defaults to a localized example. */
  placeholder?: YzSearch['placeholder'];
  /** Maximum service items shown (default 8; outlets get half). */
  limit?: YzSearch['limit'];
  /** What to search: `item`, `outlet` or `item outlet` (default). */
  kinds?: YzSearch['kinds'];
  /** Space-separated item ids offered when nothing is found (default: first items). */
  suggestions?: YzSearch['suggestions'];
  /** `auto` (popup), `kiosk` (large, results inline). */
  layout?: YzSearch['layout'];
  /** Show results below the box instead of in a popup. */
  inline?: YzSearch['inline'];
  /** Larger type and targets (适老化). */
  elderly?: YzSearch['elderly'];
  /** The current query. */
  value?: YzSearch['value'];
  /** Base URL of a Yizhan intake server: settled queries, zero results and choices are sent there as anonymous demand signals (no personal data). Off when absent. */
  'report-to'?: YzSearch['reportTo'];
  /** Base URL of a Yizhan intake server: settled queries, zero results and choices are sent there as anonymous demand signals (no personal data). Off when absent. */
  reportTo?: YzSearch['reportTo'];
  /** `web` (default) or `kiosk`, for demand statistics. */
  channel?: YzSearch['channel'];
  /** Where “ask us a question” goes when no handler cancels `yz-ask`; `{query}` is replaced by the query (e.g. `/consult.html?q={query}`). */
  'ask-href'?: YzSearch['askHref'];
  /** Where “ask us a question” goes when no handler cancels `yz-ask`; `{query}` is replaced by the query (e.g. `/consult.html?q={query}`). */
  askHref?: YzSearch['askHref'];
  /** Catalogue data given directly instead of `src`. */
  catalogue?: YzSearch['catalogue'];
  /** The bundle's prebuilt search index, with `catalogue`. */
  searchIndex?: YzSearch['searchIndex'];
  /** A result was chosen (Enter, click or tap). */
  'onyz-select'?: (event: CustomEvent<YzSelectDetail>) => void;
  /** A query settled or was submitted; `zeroResult` flags demand nobody serves. */
  'onyz-search'?: (event: CustomEvent<YzSearchDetail>) => void;
  /** The visitor wants to ask a question instead (cancelable). */
  'onyz-ask'?: (event: CustomEvent<YzAskDetail>) => void;
}

/** Tag name → props, for frameworks that type custom elements through their own JSX namespace. */
export interface YizhanElements {
  /** The service-item catalogue: browse and search every IP public service, and read, tick off, share and print its handling guide (办事指南). */
  'yz-catalogue': YzCatalogueProps;
  /** Consultation form (在线咨询): topic, related service item, question, contact and reply channel, a personal-information notice with separate consent; GOV.UK-style error summary; a check-your-answers step; delivery through the offline outbox; a receipt with reference number, promised reply date, print and QR code, and a satisfaction rating. */
  'yz-consult-form': YzConsultFormProps;
  /** Where a consultation's QR code leads: its progress and answer, read with the requester's token, and the PIPL rights the notice promised (export, erase). Loaded by yz-consult-form only when the page is opened with `#yz-ref=…&yz-token=…`. */
  'yz-consult-status': YzConsultStatusProps;
  /** Picks one service item from the catalogue by search (Chinese, pinyin, initials), as a WAI-ARIA combobox with a listbox. Form-associated: inside a `<form>` its value (the item id) is submitted under `name`, and it resets with the form. */
  'yz-item-picker': YzItemPickerProps;
  /** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
  'yz-outlets': YzOutletsProps;
  /** Satisfaction rating (好差评): five levels from 非常满意 to 非常不满意 as a radio group, reason tags per level (required for a bad rating, which opens a rectification case), an optional comment; sent through the offline outbox, one rating per token, always voluntary. */
  'yz-rating': YzRatingProps;
  /** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
  'yz-search': YzSearchProps;
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the framework's interface
    interface IntrinsicElements extends YizhanElements {}
  }
}
