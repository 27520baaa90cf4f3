// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * React wrapper for <yz-catalogue> (@lit/react): properties are
 * set as properties (objects such as `catalogue` pass through), events become camelCase props
 * with typed details (`onYzSelect={(e) => e.detail.id}`). Importing this module registers the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../yz-catalogue/define.js';
import { YzCatalogue as YzCatalogueElement } from '../yz-catalogue/yz-catalogue.js';
import type {
  CatalogueAskDetail,
  CatalogueNavigateDetail,
  CatalogueSearchDetail,
  CatalogueSelectDetail,
} from '../yz-catalogue/yz-catalogue.js';

/** The service-item catalogue: browse and search every IP public service, and read, tick off, share and print its handling guide (办事指南). */
export const YzCatalogue = createComponent({
  tagName: 'yz-catalogue',
  elementClass: YzCatalogueElement,
  react: React,
  displayName: 'YzCatalogue',
  events: {
    onYzSelect: 'yz-select' as EventName<CustomEvent<CatalogueSelectDetail>>,
    onYzAsk: 'yz-ask' as EventName<CustomEvent<CatalogueAskDetail>>,
    onYzNavigate: 'yz-navigate' as EventName<CustomEvent<CatalogueNavigateDetail>>,
    onYzSearch: 'yz-search' as EventName<CustomEvent<CatalogueSearchDetail>>,
  },
});
