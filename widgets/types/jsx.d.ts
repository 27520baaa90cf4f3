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
import type { OutletsSelectDetail, YzOutlets } from '../src/yz-outlets/yz-outlets.js';
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
  /** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
  'yz-outlets': YzOutletsProps;
  /** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
  'yz-search': YzSearchProps;
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the framework's interface
    interface IntrinsicElements extends YizhanElements {}
  }
}
