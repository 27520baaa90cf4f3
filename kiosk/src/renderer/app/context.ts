import type { SearchEngine } from '@yizhan/search';
import type { ResolvedOutlet } from '@yizhan/catalogue';
import type { Outbox } from '@yizhan/client';
import type { KioskBridge, PublicConfig } from '../../shared/bridge.js';
import type { OutboxSync } from '../outbox/outbox-sync.js';
import type { CatalogueView } from '../widgets.js';
import type { PrintRouter } from './print-router.js';
import type { VisitorStore } from './state.js';

/** What every screen may use: the visitor's session, the shell, the config and the outbox. */
export interface KioskContext {
  store: VisitorStore;
  bridge: KioskBridge;
  config: PublicConfig;
  /** Public portal for QR hand-off (config `portalUrl`); no QR without it. */
  portalUrl: string | undefined;
  outbox: Outbox | undefined;
  outboxSync: OutboxSync | undefined;
  /** Where `window.print()` goes: the screen showing sets what it prints. */
  printer: PrintRouter;
}

/** The catalogue as the screens read it; absent until the bundle is loaded. */
export interface Content {
  view: CatalogueView;
  engine: SearchEngine | undefined;
  /** This hall (config `outletId`), when the catalogue has it. */
  hall: ResolvedOutlet | undefined;
  /** True when the bundle came from the cache because the network is down. */
  stale: boolean;
}
