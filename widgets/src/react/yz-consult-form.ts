// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * React wrappers for <yz-consult-form> and <yz-consult-status> and <yz-item-picker> (@lit/react): properties are
 * set as properties (objects such as `catalogue` pass through), events become camelCase props
 * with typed details (`onYzSelect={(e) => e.detail.id}`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../yz-consult-form/define.js';
import { YzConsultForm as YzConsultFormElement } from '../yz-consult-form/yz-consult-form.js';
import { YzConsultStatus as YzConsultStatusElement } from '../yz-consult-form/yz-consult-status.js';
import { YzItemPicker as YzItemPickerElement } from '../yz-consult-form/yz-item-picker.js';
import type { YzDraftRestoredDetail, YzSubmittedDetail } from '../yz-consult-form/yz-consult-form.js';
import type { YzErasedDetail } from '../yz-consult-form/yz-consult-status.js';

/** Consultation form (在线咨询): topic, related service item, question, contact and reply channel, a personal-information notice with separate consent; GOV.UK-style error summary; a check-your-answers step; delivery through the offline outbox; a receipt with reference number, promised reply date, print and QR code, and a satisfaction rating. */
export const YzConsultForm = createComponent({
  tagName: 'yz-consult-form',
  elementClass: YzConsultFormElement,
  react: React,
  displayName: 'YzConsultForm',
  events: {
    onYzSubmitted: 'yz-submitted' as EventName<CustomEvent<YzSubmittedDetail>>,
    onYzDraftRestored: 'yz-draft-restored' as EventName<CustomEvent<YzDraftRestoredDetail>>,
    onYzErased: 'yz-erased' as EventName<CustomEvent<YzErasedDetail>>,
  },
});

/** Where a consultation's QR code leads: its progress and answer, read with the requester's token, and the PIPL rights the notice promised (export, erase). Loaded by yz-consult-form only when the page is opened with `#yz-ref=…&yz-token=…`. */
export const YzConsultStatus = createComponent({
  tagName: 'yz-consult-status',
  elementClass: YzConsultStatusElement,
  react: React,
  displayName: 'YzConsultStatus',
  events: {
    onYzErased: 'yz-erased' as EventName<CustomEvent<YzErasedDetail>>,
    onYzStatusClose: 'yz-status-close' as EventName<CustomEvent<Record<string, never>>>,
  },
});

/** Picks one service item from the catalogue by search (Chinese, pinyin, initials), as a WAI-ARIA combobox with a listbox. Form-associated: inside a `<form>` its value (the item id) is submitted under `name`, and it resets with the form. */
export const YzItemPicker = createComponent({
  tagName: 'yz-item-picker',
  elementClass: YzItemPickerElement,
  react: React,
  displayName: 'YzItemPicker',
  events: {
    onChange: 'change' as EventName<Event>,
  },
});
