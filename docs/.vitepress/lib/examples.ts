/**
 * The live example of each component: this exact markup is both rendered on the page (the real
 * elements from widgets/dist against the demo bundle) and shown as the code to copy. `/bundle/` and
 * `api="/"` are the docs site's own: its server proxies the intake API at /v1/ like the demo portal.
 */
export interface Example {
  html: string;
  /** What a reader can try in it. */
  note: string;
}

export const EXAMPLES: Record<string, Example> = {
  'yz-search': {
    html: '<yz-search src="/bundle/"></yz-search>',
    note: 'Type 商标续展, `sbxz`, 專利權質押 or `trademark renewal`; choose a result to see the `yz-select` event below.',
  },
  'yz-catalogue': {
    html: '<yz-catalogue src="/bundle/" route="none"></yz-catalogue>',
    note: 'Filter, open a handling guide, tick off materials. `route="none"` keeps this page’s URL as it is; on a portal use `route="hash"` (the default) so guides get deep links.',
  },
  'yz-outlets': {
    html: '<yz-outlets src="/bundle/" region="510100"></yz-outlets>',
    note: 'Outlets of Chengdu (GB/T 2260 code 510100); change the region, type or service item.',
  },
  'yz-consult-form': {
    html: '<yz-consult-form src="/bundle/" api="/" listen-ask></yz-consult-form>',
    note: 'Send it empty to see the error summary. With `npm start`, a question sent here lands in the staff console of the intake server.',
  },
  'yz-rating': {
    html: '<yz-rating target-type="item" target-id="tm-renewal" api="/"></yz-rating>',
    note: 'Rate the sample item 商标续展注册; a rating of 2 or less asks for reasons.',
  },
};

/** Elements that live inside another component and are documented for completeness. */
export const PARENT_OF: Record<string, string> = {
  'yz-consult-status': 'yz-consult-form',
  'yz-item-picker': 'yz-consult-form',
};
