import { z } from 'zod';
import { IsoDateOrDateTime, LocalizedText } from './common.js';
import { ListTier, PublisherLevel } from './enums.js';
import type { ServiceItem } from './item.js';
import type { Outlet, Region } from './outlet.js';
import { FORMAT_VERSION, Publisher } from './list.js';

export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  catalogue: 'catalogue.json',
  searchIndex: 'search-index.json',
} as const;

export const ManifestFile = z.strictObject({
  path: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.int().min(0),
});
export type ManifestFile = z.output<typeof ManifestFile>;

export const Signature = z.strictObject({
  alg: z.literal('Ed25519'),
  /** First 16 hex digits of the SHA-256 of the raw public key, so an operator can tell keys apart. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Base64 signature over the canonical JSON of the manifest without `signature`. */
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type Signature = z.output<typeof Signature>;

export const Manifest = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  catalogueVersion: z.string().min(1).max(128),
  builtAt: IsoDateOrDateTime,
  generator: z.string().max(64),
  publisher: Publisher,
  files: z.array(ManifestFile).min(1),
  signature: Signature.optional(),
});
export type Manifest = z.output<typeof Manifest>;

/** One list of the chain a catalogue was resolved from, national first. */
export const ListRef = z.strictObject({
  id: z.string(),
  name: LocalizedText,
  tier: ListTier,
  level: PublisherLevel,
  version: z.string(),
});
export type ListRef = z.output<typeof ListRef>;

/**
 * Provenance of a resolved record: for every field path present, the id of the list that set
 * it. `@` is the list that added the record. A path such as `timeLimit.promised` appears when
 * an overlay set only that part of an object field.
 */
export type Provenance = Record<string, string>;

export type ResolvedItem = ServiceItem & { provenance: Provenance };
export type ResolvedOutlet = Outlet & { provenance: Provenance };

export interface Catalogue {
  formatVersion: typeof FORMAT_VERSION;
  catalogueVersion: string;
  builtAt: string;
  publisher: Publisher;
  lists: ListRef[];
  items: ResolvedItem[];
  outlets: ResolvedOutlet[];
  regions: Region[];
  /** Items withdrawn by an overlay: id and the list that withdrew it, never the item itself. */
  withdrawn: { id: string; by: string }[];
}
