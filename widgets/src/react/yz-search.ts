// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * React wrapper for <yz-search> (@lit/react): properties are
 * set as properties (objects such as `catalogue` pass through), events become camelCase props
 * with typed details (`onYzSelect={(e) => e.detail.id}`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../yz-search/define.js';
import { YzSearch as YzSearchElement } from '../yz-search/yz-search.js';
import type { YzAskDetail, YzSearchDetail, YzSelectDetail } from '../yz-search/yz-search.js';

/** One-stop search for IP public services: Chinese, pinyin (full, initials, partial), Traditional characters, English, typos and homophones, as a WAI-ARIA combobox. */
export const YzSearch = createComponent({
  tagName: 'yz-search',
  elementClass: YzSearchElement,
  react: React,
  displayName: 'YzSearch',
  events: {
    onYzSelect: 'yz-select' as EventName<CustomEvent<YzSelectDetail>>,
    onYzSearch: 'yz-search' as EventName<CustomEvent<YzSearchDetail>>,
    onYzAsk: 'yz-ask' as EventName<CustomEvent<YzAskDetail>>,
  },
});
