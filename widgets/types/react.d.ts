// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
// React 19 renders custom elements natively: `<yz-search src="/bundle/" onyz-select={…}>`.
// `import '@yizhan/widgets/types/react.d.ts'` once (tsconfig "types" or a .d.ts of the app).
// The wrappers in `@yizhan/widgets/react` give camelCase listeners (`onYzSelect`) instead.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { YizhanElements } from './jsx.js';
import type { YzCatalogue } from '../src/yz-catalogue/yz-catalogue.js';
import type { YzOutlets } from '../src/yz-outlets/yz-outlets.js';
import type { YzSearch } from '../src/yz-search/yz-search.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The service-item catalogue: browse and search every IP public service, and read, tick off, share and print its handling guide (办事指南). */
      'yz-catalogue': DetailedHTMLProps<HTMLAttributes<YzCatalogue>, YzCatalogue> & YizhanElements['yz-catalogue'];
      /** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
      'yz-outlets': DetailedHTMLProps<HTMLAttributes<YzOutlets>, YzOutlets> & YizhanElements['yz-outlets'];
      /** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
      'yz-search': DetailedHTMLProps<HTMLAttributes<YzSearch>, YzSearch> & YizhanElements['yz-search'];
    }
  }
}
