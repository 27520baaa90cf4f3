import '@yizhan/widgets/yz-search';
import '@yizhan/widgets/yz-catalogue';
import { openBundle } from '@yizhan/client';
import type { YzSelectDetail } from '@yizhan/widgets';
import { PAGE_STRINGS } from './strings.js';

const LANG_KEY = 'yizhan-demo-lang';
const BUNDLE = new URL('bundle/', document.baseURI).href;

function strings(lang: string): Record<string, string> {
  return PAGE_STRINGS[lang] ?? PAGE_STRINGS['zh-CN']!;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Switch the page language: <html lang> drives every widget on the page too. */
function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  const table = strings(lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = table[el.dataset['i18n'] ?? ''];
    if (text) el.textContent = text;
  }
  document.title = table['documentTitle'] ?? document.title;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage may be blocked; the choice then lasts for this page only
  }
  void showCatalogueStatus(lang);
}

async function showCatalogueStatus(lang: string): Promise<void> {
  const status = document.getElementById('catalogue-status');
  if (!status) return;
  const table = strings(lang);
  try {
    // The same download the widgets use (the client shares one per bundle), not a second one.
    const { manifest, catalogue } = await openBundle(BUNDLE).ready;
    const publisher = catalogue.publisher.name[lang] ?? catalogue.publisher.name['zh-CN'] ?? '';
    status.textContent = fill(table['status']!, {
      publisher,
      version: manifest.catalogueVersion,
      items: catalogue.items.length,
      outlets: catalogue.outlets.length,
      built: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(
        new Date(manifest.builtAt),
      ),
    });
  } catch (error) {
    status.textContent = fill(table['statusError']!, { error: String(error) });
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
  button.addEventListener('click', () => applyLanguage(button.dataset['lang'] ?? 'zh-CN'));
}

let saved: string | null = null;
try {
  saved = localStorage.getItem(LANG_KEY);
} catch {
  saved = null;
}
applyLanguage(saved && PAGE_STRINGS[saved] ? saved : 'zh-CN');

const catalogue = document.getElementById('catalogue') as (HTMLElement & { item: string | null }) | null;
const outlets = document.getElementById('outlets') as (HTMLElement & { outlet: string | null }) | null;

/** A choice in the header search opens the guide, or brings the outlet into view in the finder. */
document.getElementById('site-search')?.addEventListener('yz-select', (event) => {
  const { kind, id } = (event as CustomEvent<YzSelectDetail>).detail;
  if (kind === 'item' && catalogue) {
    // Through the address, as a link would: the guide gets its own history entry and the focus
    // (yz-catalogue follows the hash), and the rating under it appears.
    const params = new URLSearchParams(location.hash.includes('=') ? location.hash.slice(1) : '');
    params.set('item', id);
    if (location.hash.slice(1) === params.toString()) catalogue.item = id;
    else location.hash = params.toString();
    catalogue.scrollIntoView({ block: 'start' });
  } else if (kind === 'outlet' && outlets) {
    outlets.outlet = id;
  }
});

/** Outlet names inside a handling guide go to the outlet finder on the same page. */
catalogue?.addEventListener('yz-select', (event) => {
  const { kind, id } = (event as CustomEvent<YzSelectDetail>).detail;
  if (kind === 'outlet' && outlets) {
    event.preventDefault();
    outlets.outlet = id;
  }
});

/**
 * Under an open handling guide, offer a voluntary rating of that guide (好差评): one per visit to
 * the guide, never in the way of reading it.
 */
const guideRating = document.getElementById('guide-rating');
const rating = document.getElementById('rating');
function showGuideRating(): void {
  const item = new URLSearchParams(location.hash.slice(1)).get('item');
  if (!guideRating || !rating) return;
  guideRating.hidden = !item;
  if (item && rating.getAttribute('target-id') !== item) rating.setAttribute('target-id', item);
}
window.addEventListener('hashchange', showGuideRating);
showGuideRating();

/** “Ask about this item” (from a guide or the search box) brings the consultation form into view. */
document.addEventListener('yz-ask', () => {
  document.getElementById('consult-slot')?.scrollIntoView({ block: 'start' });
});

/**
 * The outlet finder, the consultation form and the rating sit below the fold: load their code
 * when the reader gets near them (or asks a question), so the first screen is ready sooner.
 */
const lazySections: [string, () => Promise<unknown>][] = [
  ['outlets-slot', () => import('@yizhan/widgets/yz-outlets')],
  ['consult-slot', () => Promise.all([import('@yizhan/widgets/yz-consult-form'), import('@yizhan/widgets/yz-rating')])],
  ['guide-rating', () => import('@yizhan/widgets/yz-rating')],
];
const loaders = new Map(lazySections);
const loadSection = (id: string) => {
  const load = loaders.get(id);
  if (!load) return;
  loaders.delete(id);
  void load();
};
/**
 * While the catalogue is loading it is one line tall, and the sections under it are on the first
 * screen: wait until it shows its list (or three seconds) before deciding what is near.
 */
async function catalogueShown(): Promise<void> {
  const until = performance.now() + 3000;
  const loading = () => !catalogue?.shadowRoot || catalogue.shadowRoot.querySelector('.yz-state') !== null;
  while (loading() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}
function loadSectionsWhenNear(): void {
  if (!('IntersectionObserver' in window)) {
    for (const [id] of lazySections) loadSection(id);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        loadSection(entry.target.id);
      }
    },
    { rootMargin: '600px 0px' },
  );
  for (const [id] of lazySections) {
    const section = document.getElementById(id);
    if (section) observer.observe(section);
  }
}
void catalogueShown().then(loadSectionsWhenNear);
// A question asked from search or a guide needs the form now, wherever the reader is. If the form
// is not there yet, hold the question until it is, then ask again so the form takes it.
document.addEventListener(
  'yz-ask',
  (event) => {
    if (customElements.get('yz-consult-form')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { target } = event;
    const detail = (event as CustomEvent<unknown>).detail;
    loadSection('consult-slot');
    void customElements.whenDefined('yz-consult-form').then(() => {
      target?.dispatchEvent(new CustomEvent('yz-ask', { detail, bubbles: true, composed: true, cancelable: true }));
    });
  },
  { capture: true },
);
