// The Electron entry point: the only module besides the preload's that imports `electron`.
// Everything it does is in ./kiosk.ts, tested against a fake Electron.
import { join } from 'node:path';
import * as electron from 'electron';
import { defaultConfigPath } from '../core/config.js';
import { startKiosk } from './kiosk.js';
import type { ElectronLike } from './seam.js';

// Defined by @electron-forge/plugin-vite at build time.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

const { app } = electron;

const paths = {
  preload: join(__dirname, 'preload.cjs'),
  rendererDir: join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME),
  seedDir: app.isPackaged ? join(process.resourcesPath, 'seed-bundle') : join(__dirname, '..', '..', 'seed-bundle'),
  configFile: defaultConfigPath(process.platform, process.env),
};

// The seam's types describe what the shell calls, not Electron's full overload sets (Session.on
// has dozens of overloads TypeScript cannot match one by one, and webPreferences.session wants
// the real Session class), so the real module is handed over with a cast. The fake-Electron
// tests pin the behaviour; the real-Electron suite checks it against the binary.
const deps = electron as unknown as ElectronLike;

startKiosk({ electron: deps, paths, devServerUrl: MAIN_WINDOW_VITE_DEV_SERVER_URL }).catch((error: Error) => {
  console.error(`[yizhan-kiosk] start failed: ${error.stack ?? error.message}`);
  app.exit(1);
});
