// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
// React 19 renders custom elements natively: `<yz-search src="/bundle/" onyz-select={…}>`.
// `import '@yizhan/widgets/types/react.d.ts'` once (tsconfig "types" or a .d.ts of the app).
// The wrappers in `@yizhan/widgets/react` give camelCase listeners (`onYzSelect`) instead.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { YizhanElements } from './jsx.js';
import type { YzCatalogue } from '../src/yz-catalogue/yz-catalogue.js';
import type { YzConsultForm } from '../src/yz-consult-form/yz-consult-form.js';
import type { YzConsultStatus } from '../src/yz-consult-form/yz-consult-status.js';
import type { YzItemPicker } from '../src/yz-consult-form/yz-item-picker.js';
import type { YzOutlets } from '../src/yz-outlets/yz-outlets.js';
import type { YzRating } from '../src/yz-rating/yz-rating.js';
import type { YzSearch } from '../src/yz-search/yz-search.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The service-item catalogue: browse and search every IP public service, and read, tick off, share and print its handling guide (办事指南). */
      'yz-catalogue': DetailedHTMLProps<HTMLAttributes<YzCatalogue>, YzCatalogue> & YizhanElements['yz-catalogue'];
      /** Consultation form (在线咨询): topic, related service item, question, contact and reply channel, a personal-information notice with separate consent; GOV.UK-style error summary; a check-your-answers step; delivery through the offline outbox; a receipt with reference number, promised reply date, print and QR code, and a satisfaction rating. */
      'yz-consult-form': DetailedHTMLProps<HTMLAttributes<YzConsultForm>, YzConsultForm> &
        YizhanElements['yz-consult-form'];
      /** Where a consultation's QR code leads: its progress and answer, read with the requester's token, and the PIPL rights the notice promised (export, erase). Loaded by yz-consult-form only when the page is opened with `#yz-ref=…&yz-token=…`. */
      'yz-consult-status': DetailedHTMLProps<HTMLAttributes<YzConsultStatus>, YzConsultStatus> &
        YizhanElements['yz-consult-status'];
      /** Picks one service item from the catalogue by search (Chinese, pinyin, initials), as a WAI-ARIA combobox with a listbox. Form-associated: inside a `<form>` its value (the item id) is submitted under `name`, and it resets with the form. */
      'yz-item-picker': DetailedHTMLProps<HTMLAttributes<YzItemPicker>, YzItemPicker> &
        YizhanElements['yz-item-picker'];
      /** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
      'yz-outlets': DetailedHTMLProps<HTMLAttributes<YzOutlets>, YzOutlets> & YizhanElements['yz-outlets'];
      /** Satisfaction rating (好差评): five levels from 非常满意 to 非常不满意 as a radio group, reason tags per level (required for a bad rating, which opens a rectification case), an optional comment; sent through the offline outbox, one rating per token, always voluntary. */
      'yz-rating': DetailedHTMLProps<HTMLAttributes<YzRating>, YzRating> & YizhanElements['yz-rating'];
      /** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
      'yz-search': DetailedHTMLProps<HTMLAttributes<YzSearch>, YzSearch> & YizhanElements['yz-search'];
    }
  }
}
