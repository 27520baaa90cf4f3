import type { LocaleTable } from './resource.js';

type Loader = () => Promise<{ default: LocaleTable }>;

/**
 * One lazy loader per locale and namespace, so a page downloads only the strings of the components
 * and the language it shows. Bundlers turn each into its own small chunk. Adding a locale or a
 * namespace adds lines here (checked against the files on disk by the i18n tests).
 */
export const LOADERS: Record<string, Record<string, Loader>> = {
  'zh-CN': {
    common: () => import('./locales/zh-CN/common.js'),
    validation: () => import('./locales/zh-CN/validation.js'),
    cli: () => import('./locales/zh-CN/cli.js'),
    ui: () => import('./locales/zh-CN/ui.js'),
    search: () => import('./locales/zh-CN/search.js'),
    catalogue: () => import('./locales/zh-CN/catalogue.js'),
    outlets: () => import('./locales/zh-CN/outlets.js'),
    consult: () => import('./locales/zh-CN/consult.js'),
    rating: () => import('./locales/zh-CN/rating.js'),
    kiosk: () => import('./locales/zh-CN/kiosk.js'),
    console: () => import('./locales/zh-CN/console.js'),
  },
  'zh-Hant': {
    common: () => import('./locales/zh-Hant/common.js'),
    validation: () => import('./locales/zh-Hant/validation.js'),
    cli: () => import('./locales/zh-Hant/cli.js'),
    ui: () => import('./locales/zh-Hant/ui.js'),
    search: () => import('./locales/zh-Hant/search.js'),
    catalogue: () => import('./locales/zh-Hant/catalogue.js'),
    outlets: () => import('./locales/zh-Hant/outlets.js'),
    consult: () => import('./locales/zh-Hant/consult.js'),
    rating: () => import('./locales/zh-Hant/rating.js'),
    kiosk: () => import('./locales/zh-Hant/kiosk.js'),
    console: () => import('./locales/zh-Hant/console.js'),
  },
  en: {
    common: () => import('./locales/en/common.js'),
    validation: () => import('./locales/en/validation.js'),
    cli: () => import('./locales/en/cli.js'),
    ui: () => import('./locales/en/ui.js'),
    search: () => import('./locales/en/search.js'),
    catalogue: () => import('./locales/en/catalogue.js'),
    outlets: () => import('./locales/en/outlets.js'),
    consult: () => import('./locales/en/consult.js'),
    rating: () => import('./locales/en/rating.js'),
    kiosk: () => import('./locales/en/kiosk.js'),
    console: () => import('./locales/en/console.js'),
  },
  ja: {
    common: () => import('./locales/ja/common.js'),
    validation: () => import('./locales/ja/validation.js'),
    cli: () => import('./locales/ja/cli.js'),
    ui: () => import('./locales/ja/ui.js'),
    search: () => import('./locales/ja/search.js'),
    catalogue: () => import('./locales/ja/catalogue.js'),
    outlets: () => import('./locales/ja/outlets.js'),
    consult: () => import('./locales/ja/consult.js'),
    rating: () => import('./locales/ja/rating.js'),
    kiosk: () => import('./locales/ja/kiosk.js'),
    console: () => import('./locales/ja/console.js'),
  },
  ug: {
    common: () => import('./locales/ug/common.js'),
    ui: () => import('./locales/ug/ui.js'),
    search: () => import('./locales/ug/search.js'),
    catalogue: () => import('./locales/ug/catalogue.js'),
    outlets: () => import('./locales/ug/outlets.js'),
    consult: () => import('./locales/ug/consult.js'),
    rating: () => import('./locales/ug/rating.js'),
    kiosk: () => import('./locales/ug/kiosk.js'),
  },
};
