import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron fuses flipped into the packaged binary (forge.config.ts, FusesPlugin). Every fuse of
 * wire V1 is set explicitly (`strictlyRequireAllFuses`), so an Electron upgrade that adds a fuse
 * fails the build until someone decides on it.
 */
export const KIOSK_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary can never be used as a plain Node.js (`ELECTRON_RUN_AS_NODE`).
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // `NODE_OPTIONS` and `--inspect` could inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is read only from app.asar, and the asar is checked against its embedded hash.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No custom V8 snapshot is shipped.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// gets no extra privileges; the kiosk serves itself over app://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;
