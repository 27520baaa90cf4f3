import type { KioskBridge } from '../../shared/bridge.js';
import { installWebBridge } from '../../shared/web-bridge.js';

/**
 * kiosk:web only: the browser fake of the shell, configured with the intake server and portal
 * the build was made for (`npm start` passes them). A `yizhan-kiosk:config` JSON object in
 * localStorage still overrides them (tests and demos use that).
 */
export function installWebHost(): KioskBridge {
  return installWebBridge({ config: { ...__YZ_WEB_DEFAULTS__ } });
}
