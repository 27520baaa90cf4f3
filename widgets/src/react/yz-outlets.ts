// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * React wrapper for <yz-outlets> (@lit/react): properties are
 * set as properties (objects such as `catalogue` pass through), events become camelCase props
 * with typed details (`onYzSelect={(e) => e.detail.id}`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../yz-outlets/define.js';
import { YzOutlets as YzOutletsElement } from '../yz-outlets/yz-outlets.js';
import type { OutletsSelectDetail } from '../yz-outlets/yz-outlets.js';

/** The outlet finder: where to go, when it is open, and how to get help there. Find a service outlet by region (province → city → district), type and service item; sort nearest first on request. */
export const YzOutlets = createComponent({
  tagName: 'yz-outlets',
  elementClass: YzOutletsElement,
  react: React,
  displayName: 'YzOutlets',
  events: {
    onYzSelect: 'yz-select' as EventName<CustomEvent<OutletsSelectDetail>>,
  },
});
