/// <reference types="vite/client" />

/** Build-time constants from vite.renderer.config.ts. */

/** True in the kiosk:web build (browser, fake bridge, service worker); false in Electron. */
declare const __YZ_KIOSK_WEB__: boolean;

/** kiosk:web defaults for the fake bridge's config (the intake server and portal `npm start` runs). */
declare const __YZ_WEB_DEFAULTS__: {
  hallId: string;
  outletId: string;
  serverUrl: string;
  portalUrl: string;
};

/** simple-keyboard's ES module build (its `main` is UMD, which the browser test server cannot load). */
declare module 'simple-keyboard/build/index.modern.esm.js' {
  export { default } from 'simple-keyboard';
}
