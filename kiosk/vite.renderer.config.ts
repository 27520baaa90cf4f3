import { defineConfig } from 'vite';

// Placeholder for the renderer engineer (kiosk/src/renderer): the same config serves
// `pnpm kiosk:web` and the Electron build (@electron-forge/plugin-vite, name `main_window`).
// In Electron the built files are served from app://kiosk/ under a strict CSP (no inline
// script or style), and the catalogue bundle from app://kiosk/bundle/.
export default defineConfig({
  root: 'src/renderer',
});
