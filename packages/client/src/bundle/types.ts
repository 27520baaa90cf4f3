import type { Catalogue, Manifest } from '@yizhan/catalogue';
import type { BundleError } from './errors.js';

export interface BundleSnapshot {
  manifest: Manifest;
  catalogue: Catalogue;
  /** The prebuilt search index (`search-index.json`) when the bundle lists one. */
  searchIndex?: unknown;
  /**
   * `network`: downloaded and verified in this page; `cache`: the copy kept in IndexedDB;
   * `data`: given directly with `openBundleFromData`.
   */
  source: 'network' | 'cache' | 'data';
  /**
   * True when this copy may be out of date and the page should say so: the last attempt to reach
   * the server failed (see `error`), or the browser reported being offline when the cached copy
   * was handed out. A cached copy given out while revalidation is still running is not stale;
   * if revalidation fails, subscribers get the same copy again with `stale: true`.
   */
  stale: boolean;
  /** When the server last confirmed this version (ms since the epoch). */
  fetchedAt: number;
  /** Why the last revalidation failed, when it did; the snapshot itself is still good. */
  error?: BundleError;
}

/** A version as verified and stored: everything needed to answer without the network. */
export interface BundleRecord {
  /** The manifest URL: one record per bundle location. */
  key: string;
  manifest: Manifest;
  etag?: string;
  catalogue: Catalogue;
  searchIndex?: unknown;
  fetchedAt: number;
}
