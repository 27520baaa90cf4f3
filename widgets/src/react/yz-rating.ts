// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * React wrapper for <yz-rating> (@lit/react): properties are
 * set as properties (objects such as `catalogue` pass through), events become camelCase props
 * with typed details (`onYzSelect={(e) => e.detail.id}`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../yz-rating/define.js';
import { YzRating as YzRatingElement } from '../yz-rating/yz-rating.js';
import type { YzRatedDetail, YzRefusedDetail, YzSavedDetail } from '../yz-rating/yz-rating.js';

/** Satisfaction rating (好差评): five levels from 非常满意 to 非常不满意 as a radio group, reason tags per level (required for a bad rating, which opens a rectification case), an optional comment; sent through the offline outbox, one rating per token, always voluntary. */
export const YzRating = createComponent({
  tagName: 'yz-rating',
  elementClass: YzRatingElement,
  react: React,
  displayName: 'YzRating',
  events: {
    onYzSaved: 'yz-saved' as EventName<CustomEvent<YzSavedDetail>>,
    onYzRefused: 'yz-refused' as EventName<CustomEvent<YzRefusedDetail>>,
    onYzRated: 'yz-rated' as EventName<CustomEvent<YzRatedDetail>>,
    onYzDismissed: 'yz-dismissed' as EventName<CustomEvent<Record<string, never>>>,
  },
});
