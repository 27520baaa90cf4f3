import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication } from '@playwright/test';

/**
 * The shell against the real Electron binary: launch, webPreferences as Chromium applied them,
 * the bridge as the page sees it, CSP on the wire, navigation denial, and the fuses of the
 * packaged binary. Runs wherever `node_modules/electron` has its binary; elsewhere (these
 * development machines, where the binary cannot be downloaded) it reports itself skipped.
 *
 * Note: requiring the `electron` package from Node tries to download a missing binary, so the
 * binary is located by hand (path.txt, as the package's own index.js does) instead.
 */
const kiosk = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function electronBinary(): { path?: string; reason?: string } {
  let dir: string;
  try {
    dir = dirname(createRequire(join(kiosk, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed in kiosk/' };
  }
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile) && !override)
    return { reason: 'no Electron binary: the electron package postinstall never ran (no path.txt)' };
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const binary = override ? join(override, relativePath) : join(dir, 'dist', relativePath);
  return existsSync(binary) ? { path: binary } : { reason: `no Electron binary at ${binary}` };
}

const { path: binary, reason } = electronBinary();

if (!binary) it('real-Electron suite', { skip: reason }, () => {});
else
  describe('real Electron', () => {
    let app: ElectronApplication | undefined;
    let configDir: string;

    before(async () => {
      // A signed seed bundle and a config whose key matches it, then a full forge package
      // (builds .vite/ for the unpackaged launch and out/ for the fuse check).
      const { generateSigningKeys, signBundle, writeBundle } = await import('@yizhan/catalogue/node');
      const { FORMAT_VERSION } = await import('@yizhan/catalogue');
      const { i18nFor } = await import('@yizhan/i18n/node');
      const keys = generateSigningKeys();
      const seed = join(kiosk, 'seed-bundle');
      await writeBundle(seed, {
        formatVersion: FORMAT_VERSION,
        catalogueVersion: 'e2e-seed',
        builtAt: '2026-01-01',
        publisher: { name: { 'zh-CN': '测试' }, level: 'municipal' },
        lists: [],
        items: [],
        outlets: [],
        regions: [],
        withdrawn: [],
      });
      await signBundle(seed, keys.privatePem, i18nFor('en').t);
      configDir = await mkdtemp(join(tmpdir(), 'yz-kiosk-e2e-'));
      await writeFile(
        join(configDir, 'kiosk.json'),
        JSON.stringify({
          hallId: 'e2e-hall',
          outletId: 'e2e-outlet',
          serverUrl: 'http://127.0.0.1:9',
          bundleUrl: 'http://127.0.0.1:9/bundle/',
          publicKey: keys.publicPem,
        }),
      );
      execFileSync('npx', ['electron-forge', 'package'], { cwd: kiosk, stdio: 'inherit' });
      const { _electron } = await import('@playwright/test');
      // Unpackaged launch: Playwright attaches through the inspector, which the packaged
      // binary's fuses (rightly) forbid.
      app = await _electron.launch({
        executablePath: binary,
        args: [kiosk],
        env: { ...process.env, YIZHAN_KIOSK_CONFIG: join(configDir, 'kiosk.json') },
      });
    });

    after(async () => {
      await app?.close();
    });

    it('opens one fullscreen kiosk window on app://kiosk', async () => {
      assert.ok(app);
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      assert.match(page.url(), /^app:\/\/kiosk\//);
      const shape = await app.evaluate(({ BrowserWindow }) => {
        const windows = BrowserWindow.getAllWindows();
        return { count: windows.length, kiosk: windows[0]?.isKiosk(), fullscreen: windows[0]?.isFullScreen() };
      });
      assert.deepEqual(shape, { count: 1, kiosk: true, fullscreen: true });
    });

    it('gives the page exactly the bridge and no Node', async () => {
      const page = await app!.firstWindow();
      const seen = await page.evaluate(() => ({
        keys: Object.keys((window as unknown as { yizhanKiosk: object }).yizhanKiosk).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      assert.equal(seen.require, 'undefined');
      assert.equal(seen.process, 'undefined');
      assert.ok(seen.keys.includes('getConfig') && !seen.keys.includes('openExternal'));
      const config = await page.evaluate(() =>
        (window as unknown as { yizhanKiosk: { getConfig(): Promise<{ hallId: string }> } }).yizhanKiosk.getConfig(),
      );
      assert.equal(config.hallId, 'e2e-hall');
    });

    it('sends the CSP header and refuses to navigate away', async () => {
      const page = await app!.firstWindow();
      const csp = await page.evaluate(async () => (await fetch('app://kiosk/')).headers.get('content-security-policy'));
      assert.match(csp ?? '', /default-src 'none'/);
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      assert.match(page.url(), /^app:\/\/kiosk\//);
    });

    it('packaged binary has RunAsNode, NODE_OPTIONS and inspect off, asar integrity on', async () => {
      const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
      const ENABLE = 49; // '1' on the fuse wire
      const DISABLE = 48; // '0'
      const outDir = join(kiosk, 'out');
      const packaged = readdirSync(outDir).map((d) => join(outDir, d, 'yizhan-kiosk'));
      const exe = packaged.find((p) => existsSync(p) || existsSync(`${p}.exe`));
      assert.ok(exe, `packaged executable in ${outDir}`);
      const wire = await getCurrentFuseWire(existsSync(exe) ? exe : `${exe}.exe`);
      assert.equal(wire[FuseV1Options.RunAsNode], DISABLE);
      assert.equal(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], DISABLE);
      assert.equal(wire[FuseV1Options.EnableNodeCliInspectArguments], DISABLE);
      assert.equal(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], ENABLE);
      assert.equal(wire[FuseV1Options.OnlyLoadAppFromAsar], ENABLE);
    });
  });
