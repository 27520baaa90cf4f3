/**
 * The one-file loader: `<script type="module" src="yizhan.js">` registers every Yizhan component,
 * each on first use. Its own code is a few hundred bytes: when a `yz-*` tag is on the page (found
 * at start, then watched with a MutationObserver), that component's entry (`yz-search.js`…) is
 * imported with the chunks it shares with the others, so a page with only `<yz-search>` loads the
 * core and the search box, never the catalogue or the form. `customElements.whenDefined(tag)`
 * resolves as usual once it is registered. Safe when two copies meet on one page: the first to
 * claim a tag loads it (see internal/define.ts).
 *
 * Tags inside other shadow roots are not seen by the observer: pass the root to `discover`, or
 * call `load('yz-search')`.
 */
import { claimElement, releaseElement } from './internal/define.js';
import type { LocaleResource } from '@yizhan/i18n';

const ENTRIES: Record<string, () => Promise<unknown>> = {
  'yz-search': () => import('./yz-search/define.js'),
  'yz-catalogue': () => import('./yz-catalogue/define.js'),
  'yz-outlets': () => import('./yz-outlets/define.js'),
  'yz-consult-form': () => import('./yz-consult-form/define.js'),
  'yz-item-picker': () => import('./yz-consult-form/define.js'),
  'yz-rating': () => import('./yz-rating/define.js'),
};

const loading = new Map<string, Promise<void>>();

/** Registers one component now, whether or not its tag is on the page; resolves when it is defined. */
export function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    const entry = Object.hasOwn(ENTRIES, tag) ? ENTRIES[tag] : undefined;
    if (!entry) return Promise.reject(new Error(`[yizhan] there is no component <${tag}>`));
    done = claimElement(tag)
      ? entry().then(
          () => customElements.whenDefined(tag).then(() => undefined),
          (error: unknown) => {
            releaseElement(tag);
            loading.delete(tag);
            throw error;
          },
        )
      : customElements.whenDefined(tag).then(() => undefined);
    loading.set(tag, done);
    // Every component is on its way: nothing left to watch for.
    if (loading.size === Object.keys(ENTRIES).length) observer.disconnect();
  }
  return done;
}

/** Finds undefined `yz-*` elements in `root` (the document, an element or a shadow root) and loads them. */
export async function discover(root: ParentNode = document): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  await Promise.all(
    [...tags]
      .filter((tag) => Object.hasOwn(ENTRIES, tag) && !customElements.get(tag))
      .map((tag) => load(tag).catch((error: unknown) => console.error(`[yizhan] could not load <${tag}>`, error))),
  );
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
void discover();

/**
 * Adds a language or overrides shipped strings (see `setLocaleStrings` in index.js, which this
 * forwards to once the strings code has loaded): call it before or after the components appear.
 */
export function setLocaleStrings(tag: string, strings: LocaleResource): Promise<void> {
  return import('./internal/locale-strings.js').then((m) => m.setLocaleStrings(tag, strings));
}

export { WIDGETS_VERSION } from './internal/define.js';
