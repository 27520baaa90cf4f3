import { existsSync, readFileSync } from 'node:fs';

import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { KIOSK_FUSES } from './fuses';

/**
 * Packaging for a machine that has the Electron binary (see docs/kiosk.md, "Building"). The
 * signed seed bundle must exist in ./seed-bundle first: the kiosk runs from it on a cold start
 * with no network, and verifies it with the public key from the hall's kiosk.json.
 */
// Forge runs in kiosk/, so this is kiosk/seed-bundle.
const SEED = 'seed-bundle';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Yizhan Kiosk',
    executableName: 'yizhan-kiosk',
    asar: true,
    extraResource: [SEED],
  },
  rebuildConfig: {},
  hooks: {
    prePackage: async () => {
      const manifest = `${SEED}/manifest.json`;
      if (!existsSync(manifest))
        throw new Error(
          'kiosk/seed-bundle/manifest.json is missing: build and sign a seed bundle first (docs/kiosk.md, "Building")',
        );
      const { signature } = JSON.parse(readFileSync(manifest, 'utf8')) as { signature?: unknown };
      if (!signature) throw new Error('kiosk/seed-bundle is not signed: run `yizhan sign kiosk/seed-bundle --key …`');
    },
  },
  makers: [
    new MakerZIP({}, ['linux', 'win32']),
    new MakerDeb({
      options: {
        name: 'yizhan-kiosk',
        productName: 'Yizhan Kiosk',
        genericName: 'Service hall kiosk',
        categories: ['Utility'],
        section: 'misc',
      },
    }),
    new MakerRpm({ options: { name: 'yizhan-kiosk', productName: 'Yizhan Kiosk', categories: ['Utility'] } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'src/main/index.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: { preload: 'src/preload/index.ts' }, config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin(KIOSK_FUSES),
  ],
};

export default config;
