import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateFormat, listFormat, numberFormat } from './intl-cache.js';
import { createI18n, localeDirection, resolveLocale, registeredLocales, type I18n } from '@yizhan/i18n';

type Host = ReactiveControllerHost & HTMLElement;

/** One loaded i18next instance per language and namespace set, shared by every component on the page. */
const loaded = new Map<string, I18n>();
const loading = new Map<string, Promise<I18n>>();

/** Bumped whenever strings change, so text derived from them and kept elsewhere is redone. */
export let stringsGeneration = 0;

/** Drop cached strings, e.g. after a partner registered overrides with `setLocaleStrings`. */
export function clearLocalizationCache(): void {
  stringsGeneration++;
  loaded.clear();
  loading.clear();
  for (const controller of controllers) controller.reload();
}

/**
 * Translations already made, per i18next instance (its strings never change: overrides make new
 * instances). A list of 10,000 rows asks for the same few labels thousands of times, and each
 * i18next `t` call resolves, interpolates and post-processes anew: a render spent a sixth of its
 * script time there.
 */
const translated = new WeakMap<I18n, Map<string, string>>();
const MEMO_LIMIT = 5000;

/** A key for a call whose options are all plain values; undefined when one is not (not memoized). */
function memoKey(ns: string | undefined, key: string, options: Record<string, unknown>): string | undefined {
  let memo = `${ns ?? ''}\u0000${key}`;
  for (const name in options) {
    const value = options[name];
    const type = typeof value;
    if (value !== null && value !== undefined && type !== 'string' && type !== 'number' && type !== 'boolean') {
      return undefined;
    }
    memo += `\u0000${name}\u0001${type}\u0001${String(value)}`;
  }
  return memo;
}

const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer for the whole document: `lang` changes anywhere re-check every component. */
function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` attribute, crossing shadow-root boundaries (a widget inside another). */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Localization for a component: follows the nearest `lang` attribute (the component's own, an
 * ancestor's, or <html>), loads only the namespaces the component uses, switches live when `lang`
 * changes, and formats numbers, dates, money and durations with Intl in the same language.
 */
export class LocalizeController implements ReactiveController {
  private instance: I18n | undefined;
  private requested = '';
  private hostObserver: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly namespaces: readonly string[],
  ) {
    host.addController(this);
  }

  /** The shipped locale in use (zh-CN, zh-Hant, en, ja, ug) or a partner-registered tag. */
  get lang(): string {
    return this.instance?.language ?? this.target();
  }

  get dir(): 'ltr' | 'rtl' {
    return localeDirection(this.lang);
  }

  /** True once strings are loaded; before that components render a quiet placeholder. */
  get ready(): boolean {
    return this.instance !== undefined;
  }

  private target(): string {
    const raw = nearestLang(this.host);
    if (raw && registeredLocales().includes(raw)) return raw;
    return resolveLocale(raw);
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocumentLang();
    this.hostObserver = new MutationObserver(() => this.refresh());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.hostObserver?.disconnect();
  }

  /** Load the strings again even if the language did not change (new partner strings). */
  reload(): void {
    this.requested = '';
    this.refresh();
  }

  /** Re-read the language and load its strings if it changed. */
  refresh(): void {
    const lang = this.target();
    const key = `${lang}|${this.namespaces.join(',')}`;
    if (key === this.requested && this.instance) return;
    this.requested = key;
    const ready = loaded.get(key);
    if (ready) {
      this.instance = ready;
      this.host.requestUpdate();
      return;
    }
    let pending = loading.get(key);
    if (!pending) {
      pending = createI18n(lang, this.namespaces).then((instance) => {
        loaded.set(key, instance);
        return instance;
      });
      loading.set(key, pending);
    }
    void pending.then((instance) => {
      if (this.requested !== key) return;
      this.instance = instance;
      this.host.requestUpdate();
    });
  }

  /** Translate a key (`ns:key` or a key of the component's first namespace). */
  t(key: string, options: Record<string, unknown> = {}): string {
    const instance = this.instance;
    if (!instance) return '';
    const ns = this.namespaces[0];
    const memo = memoKey(ns, key, options);
    if (memo === undefined) return instance.t(key, { ns, ...options }) as string;
    let strings = translated.get(instance);
    if (!strings) translated.set(instance, (strings = new Map()));
    let text = strings.get(memo);
    if (text === undefined) {
      text = instance.t(key, { ns, ...options }) as string;
      // Queries and counts make the set of calls open-ended: start over rather than grow for ever.
      if (strings.size >= MEMO_LIMIT) strings.clear();
      strings.set(memo, text);
    }
    return text;
  }

  /** Whether a key exists in the current language or its fallbacks. */
  has(key: string): boolean {
    return this.instance?.exists(key, { ns: this.namespaces[0] }) ?? false;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.lang, options).format(value);
  }

  /** Dates and times in China Standard Time, the time every outlet keeps. */
  date(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return dateFormat(this.lang, { timeZone: 'Asia/Shanghai', ...options }).format(new Date(value));
  }

  list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return listFormat(this.lang, { style: 'long', type }).format(items);
  }

  /** Pick the best text of a `{ "zh-CN": …, "en": … }` object for the current language. */
  text(value: Readonly<Record<string, string>> | undefined): string {
    return pickText(value, this.lang);
  }
}

/**
 * Best text for a language: exact tag, then the same language (zh-Hant ← zh-TW…), then for
 * Traditional Chinese the Simplified text, then English, then Simplified Chinese.
 */
export function pickText(value: Readonly<Record<string, string>> | undefined, lang: string): string {
  if (!value) return '';
  if (value[lang]) return value[lang];
  const base = lang.split('-')[0] ?? lang;
  if (lang === 'zh-Hant') {
    const hant = Object.keys(value).find((k) => /^zh-(Hant|TW|HK|MO)/i.test(k));
    if (hant) return value[hant]!;
  }
  const sameLanguage = Object.keys(value).find(
    (k) => k.split('-')[0] === base && !(base === 'zh' && lang === 'zh-CN' && /Hant|TW|HK|MO/i.test(k)),
  );
  if (sameLanguage) return value[sameLanguage]!;
  if (base !== 'zh' && value['en']) return value['en'];
  return value['zh-CN'] ?? Object.values(value)[0] ?? '';
}
