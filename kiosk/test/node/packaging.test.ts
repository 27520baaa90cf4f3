import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FuseV1Options } from '@electron/fuses';
import config from '../../forge.config.js';
import { KIOSK_FUSES } from '../../fuses.js';
import { tempDir } from './bundles.js';

describe('packaging (forge.config.ts)', () => {
  it('flips every fuse the kiosk depends on', () => {
    assert.equal(KIOSK_FUSES.strictlyRequireAllFuses, true);
    assert.equal(KIOSK_FUSES[FuseV1Options.RunAsNode], false);
    assert.equal(KIOSK_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable], false);
    assert.equal(KIOSK_FUSES[FuseV1Options.EnableNodeCliInspectArguments], false);
    assert.equal(KIOSK_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], true);
    assert.equal(KIOSK_FUSES[FuseV1Options.OnlyLoadAppFromAsar], true);
    assert.equal(KIOSK_FUSES[FuseV1Options.EnableCookieEncryption], true);
    assert.equal(KIOSK_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges], false);
    const numeric = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of numeric)
      assert.equal(typeof KIOSK_FUSES[fuse as FuseV1Options], 'boolean', `fuse ${fuse} decided`);
  });

  it('packs into an asar with the seed bundle beside it, and makes deb, rpm and zip', () => {
    assert.equal(config.packagerConfig?.asar, true);
    assert.deepEqual((config.makers ?? []).map((m) => (m as { name: string }).name).sort(), ['deb', 'rpm', 'zip']);
    const plugins = (config.plugins ?? []).map((p) => (p as { name: string }).name).sort();
    assert.deepEqual(plugins, ['fuses', 'vite']);
  });

  it('refuses to package without a signed seed bundle', async () => {
    const prePackage = config.hooks?.prePackage as unknown as (() => Promise<void>) | undefined;
    assert.ok(prePackage);
    const cwd = process.cwd();
    process.chdir(await tempDir()); // forge runs hooks in kiosk/; here, a directory with no seed
    try {
      await assert.rejects(prePackage(), /seed-bundle\/manifest\.json is missing/);
    } finally {
      process.chdir(cwd);
    }
  });
});
