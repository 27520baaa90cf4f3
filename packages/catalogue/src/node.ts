/** Node-only helpers: reading list files from disk, writing, signing and verifying bundles. */
export {
  readListFile,
  DEFAULT_MAX_LIST_BYTES,
  type ReadListOptions,
  type ReadListResult,
} from './node/read-list-file.js';
export {
  readTextFile,
  humanBytes,
  DEFAULT_MAX_TEXT_BYTES,
  type ReadTextOptions,
  type ReadTextResult,
} from './node/read-text-file.js';
export { writeBundle, swapInto, sha256Hex, NotABundleError, GENERATOR, type BundleFile } from './node/bundle-writer.js';
export {
  generateSigningKeys,
  keyIdOf,
  signManifest,
  signBundle,
  signedBytes,
  verifyBundle,
  type VerifyResult,
} from './node/signing.js';
