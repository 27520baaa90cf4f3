/**
 * Why a bundle could not be loaded. Widgets map `code` to a localized message; the client itself
 * carries no user-facing text.
 * - `offline`: the network could not be reached and nothing usable was cached.
 * - `not-found`: the server answered 404 for the manifest or a listed file.
 * - `http`: any other unsuccessful HTTP status (see `details.status`).
 * - `integrity`: a file's SHA-256 or size differs from the manifest, the signature hook refused
 *   the manifest, or the server offered an older catalogue than the one already held.
 * - `format`: malformed JSON, a manifest or catalogue of the wrong shape, or another
 *   `formatVersion` than this client understands.
 */
export type BundleErrorCode = 'offline' | 'http' | 'integrity' | 'format' | 'not-found';

export interface BundleErrorDetails {
  /** The URL being fetched when the problem was found. */
  url?: string;
  /** HTTP status for `http` and `not-found`. */
  status?: number;
  /** Path of the bundle file concerned, as listed in the manifest. */
  file?: string;
  /** Machine-readable reason: `sha256`, `size`, `signature`, `rollback`, `json`, `shape`, `formatVersion`, … */
  reason?: string;
  expected?: string | number;
  actual?: string | number;
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly code: BundleErrorCode,
    readonly details: BundleErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(
      `bundle ${code}${details.reason ? ` (${details.reason})` : ''}${details.url ? `: ${details.url}` : ''}`,
      options,
    );
  }

  /** The HTTP status, when there was one (also in `details`). */
  get status(): number | undefined {
    return this.details.status;
  }
}

export const isBundleError = (error: unknown): error is BundleError => error instanceof BundleError;
