import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { startKiosk, type KioskHandle } from '../../src/main/kiosk.js';
import { EVENTS, INVOKE, SEND } from '../../src/shared/bridge.js';
import { keys, makeBundle, tempDir } from './bundles.js';
import { fakeElectron, ipcFrom, type FakeElectron, type FakeSession, type FakeWebContents } from './fake-electron.js';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

/** Retries `read` until it succeeds (no throw): file writes finish on libuv's thread pool, later on a busy machine. */
async function eventually<T>(read: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const baseConfig = {
  hallId: 'cd-hall-1',
  outletId: 'cd-ip-centre',
  serverUrl: 'https://intake.example.cn',
  bundleUrl: 'https://cdn.example.cn/bundles/chengdu/',
  idleSeconds: 60,
  countdownSeconds: 10,
  attractSeconds: 30,
  printerName: 'Receipt80',
  publicKey: keys.publicPem,
  allowedOrigins: ['https://www.cnipa.gov.cn'],
  defaultLocale: 'zh-CN',
};

interface Started {
  fake: FakeElectron;
  handle: KioskHandle;
  clock: ManualClock;
  logs: string[];
  visitor: FakeSession;
  contents: FakeWebContents;
  userData: string;
  schemesBeforeReady: number;
}

async function start(
  config: object | string = baseConfig,
  tweak: (fake: FakeElectron) => void = () => {},
): Promise<Started> {
  const root = await tempDir();
  const userData = join(root, 'userData');
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Yizhan kiosk</title>');
  const seedDir = await makeBundle(join(root, 'seed'), 'seed-1', '2026-01-01T00:00:00+08:00');
  const configFile = join(root, 'kiosk.json');
  await writeFile(configFile, typeof config === 'string' ? config : JSON.stringify(config));
  const fake = fakeElectron(userData);
  tweak(fake);
  let schemesBeforeReady = -1;
  const ready = fake.app.whenReady.bind(fake.app);
  fake.app.whenReady = () => {
    schemesBeforeReady = fake.schemes.length;
    return ready();
  };
  const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  const logs: string[] = [];
  const handle = await startKiosk({
    electron: fake,
    paths: { rendererDir, preload: '/opt/yizhan/.vite/build/preload.cjs', seedDir, configFile },
    clock,
    log: (m) => logs.push(m),
    devServerUrl: 'http://localhost:5173/',
  });
  assert.ok(handle, 'kiosk started');
  await settle();
  const visitor = fake.sessions.get('visitor');
  assert.ok(visitor, 'visitor partition created');
  return { fake, handle, clock, logs, visitor, contents: fake.windows[0]!.webContents, userData, schemesBeforeReady };
}

const invoke = (fake: FakeElectron, channel: string, payload?: unknown, from = ipcFrom('app://kiosk/')) => {
  const handler = fake.ipc.handlers.get(channel);
  assert.ok(handler, `handler for ${channel}`);
  return Promise.resolve(handler(from, payload));
};
const sendIpc = (fake: FakeElectron, channel: string, payload?: unknown, from = ipcFrom('app://kiosk/')) => {
  const listener = fake.ipc.listeners.get(channel);
  assert.ok(listener, `listener for ${channel}`);
  listener(from, payload);
};
const sentOn = (contents: FakeWebContents, channel: string) =>
  contents.sent.filter((m) => m.channel === channel).map((m) => m.payload);

describe('main process adapter (fake Electron)', () => {
  it('registers app:// as privileged, standard and secure before ready, without bypassing CSP', async () => {
    const { fake, schemesBeforeReady } = await start();
    assert.equal(schemesBeforeReady, 1);
    assert.deepEqual(fake.schemes, [
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: false,
          bypassCSP: false,
          allowServiceWorkers: false,
          stream: true,
          codeCache: true,
        },
      },
    ]);
  });

  it('opens one fullscreen kiosk window with every webPreference locked down', async () => {
    const { fake, visitor } = await start();
    assert.equal(fake.windows.length, 1);
    const win = fake.windows[0]!;
    const { webPreferences, ...options } = win.options;
    assert.equal(options.fullscreen, true);
    assert.equal(options.kiosk, true);
    assert.equal(options.frame, false);
    assert.equal(options.show, false);
    assert.deepEqual(
      { ...webPreferences, session: (webPreferences.session as unknown as FakeSession).partition },
      {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        devTools: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        enableWebSQL: false,
        safeDialogs: true,
        disableDialogs: true,
        javascript: true,
        plugins: false,
        session: 'visitor',
        preload: '/opt/yizhan/.vite/build/preload.cjs',
      },
    );
    assert.equal(webPreferences.session, visitor);
    assert.equal(win.menuRemoved, true);
    assert.deepEqual(fake.menu, { set: true, value: null });
    assert.deepEqual(fake.powerBlocks, ['prevent-display-sleep']);
  });

  it('in a packaged app ignores the dev server and loads app://kiosk/', async () => {
    const { contents } = await start();
    assert.deepEqual(contents.loaded, ['app://kiosk/']);
  });

  it('allows devtools and the dev server only when not packaged', async () => {
    const { fake, contents } = await start(baseConfig, (f) => (f.app.isPackaged = false));
    assert.equal(fake.windows[0]!.options.webPreferences.devTools, true);
    assert.deepEqual(contents.loaded, ['http://localhost:5173/']);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron(await tempDir());
    fake.app.gotLock = false;
    const handle = await startKiosk({
      electron: fake,
      paths: { rendererDir: '/x', preload: '/x', seedDir: '/x', configFile: '/x' },
      log: () => {},
    });
    assert.equal(handle, undefined);
    assert.equal(fake.app.quitCalls, 1);
    assert.equal(fake.windows.length, 0);
  });

  it('denies every permission request and check, device picker, capture and download in both partitions', async () => {
    const { fake } = await start();
    for (const name of ['visitor', 'receipt']) {
      const s = fake.sessions.get(name)!;
      for (const permission of [
        'media',
        'geolocation',
        'notifications',
        'clipboard-sanitized-write',
        'fullscreen',
        'hid',
      ]) {
        assert.equal(await s.request(permission), false, `${name}: request ${permission}`);
        assert.equal(s.check(permission), false, `${name}: check ${permission}`);
      }
      assert.equal(s.deviceHandler?.({}), false);
      let captured = false;
      s.displayMediaHandler?.({}, () => (captured = true));
      assert.equal(captured, false, 'getDisplayMedia never answered');
      for (const event of ['will-download', 'select-hid-device', 'select-usb-device', 'select-serial-port']) {
        const e = {
          defaultPrevented: false,
          preventDefault() {
            this.defaultPrevented = true;
          },
        };
        s.emit(event, e);
        assert.equal(e.defaultPrevented, true, `${name}: ${event}`);
      }
      assert.equal(s.spellChecker, false);
    }
  });

  it('keeps the kiosk window on app://kiosk: every other navigation and redirect is refused', async () => {
    const { contents } = await start();
    assert.equal(contents.navigate('app://kiosk/guide/tm-renewal'), true);
    for (const url of [
      'https://www.cnipa.gov.cn/',
      'https://evil.example/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'app://kiosk.evil/',
      'http://localhost:5173/',
    ]) {
      assert.equal(contents.navigate(url), false, url);
      assert.equal(contents.navigate(url, 'will-redirect'), false, `redirect ${url}`);
    }
    assert.equal(contents.attachWebview(), false);
    assert.deepEqual(contents.zoomLimits, [1, 1]);
  });

  it('never lets Chromium open a window; an allowlisted site opens in a locked pop-up without the bridge', async () => {
    const { fake, contents } = await start();
    assert.deepEqual(contents.openWindow('https://evil.example/'), { action: 'deny' });
    assert.equal(fake.windows.length, 1);
    assert.deepEqual(contents.openWindow('https://www.cnipa.gov.cn/col/col1510/'), { action: 'deny' });
    assert.equal(fake.windows.length, 2);
    const popup = fake.windows[1]!;
    assert.equal(popup.options.webPreferences.preload, undefined);
    assert.equal(popup.options.webPreferences.sandbox, true);
    assert.equal(popup.options.webPreferences.contextIsolation, true);
    assert.equal(popup.options.webPreferences.nodeIntegration, false);
    assert.equal(popup.options.webPreferences.devTools, false);
    assert.deepEqual(popup.webContents.loaded, ['https://www.cnipa.gov.cn/col/col1510/']);
    assert.equal(popup.webContents.navigate('https://www.cnipa.gov.cn/other'), true);
    assert.equal(popup.webContents.navigate('https://evil.example/'), false);
    assert.deepEqual(popup.webContents.openWindow('https://www.cnipa.gov.cn/'), { action: 'deny' });
    assert.equal(fake.windows.length, 2, 'no pop-up from a pop-up');
  });

  it('a webContents nobody registered may go nowhere', async () => {
    const { fake } = await start();
    const stray = new fake.BrowserWindow({ show: false, webPreferences: fake.windows[0]!.options.webPreferences });
    const contents = stray.webContents as unknown as FakeWebContents;
    assert.equal(contents.navigate('app://kiosk/'), false);
    assert.deepEqual(contents.openWindow('https://www.cnipa.gov.cn/'), { action: 'deny' });
  });

  it('registers every bridge channel and answers the kiosk top frame', async () => {
    const { fake } = await start();
    assert.deepEqual(
      [...fake.ipc.handlers.keys()].sort(),
      Object.values(INVOKE)
        .map((c) => c.channel)
        .sort(),
    );
    assert.deepEqual(
      [...fake.ipc.listeners.keys()].sort(),
      Object.values(SEND)
        .map((c) => c.channel)
        .sort(),
    );
    const config = (await invoke(fake, INVOKE.getConfig.channel)) as Record<string, unknown>;
    assert.equal(config['hallId'], 'cd-hall-1');
    assert.equal(config['bundleBase'], 'app://kiosk/bundle/');
    assert.equal(config['printing'], true);
    assert.equal('publicKey' in config, false);
    assert.equal('printerName' in config, false);
  });

  it('refuses IPC from a foreign origin, a subframe, a dead frame, and with a bad payload', async () => {
    const { fake, logs } = await start();
    const channel = INVOKE.getConfig.channel;
    await assert.rejects(invoke(fake, channel, undefined, ipcFrom('https://www.cnipa.gov.cn/')), /sender not allowed/);
    await assert.rejects(
      invoke(fake, channel, undefined, ipcFrom('app://kiosk/frame', 'app://kiosk/')),
      /sender not allowed/,
    );
    await assert.rejects(invoke(fake, channel, undefined, { senderFrame: null }), /sender not allowed/);
    await assert.rejects(invoke(fake, channel, undefined, ipcFrom('http://localhost:5173/')), /sender not allowed/);
    await assert.rejects(invoke(fake, INVOKE.print.channel, { html: '<script>' }), /invalid payload/);
    assert.ok(logs.some((l) => l.includes('refused from https://www.cnipa.gov.cn/')));
    assert.ok(logs.some((l) => l.includes('(subframe)')));
  });

  it('serves app:// with the CSP and security headers, and refuses traversal and writes', async () => {
    const { visitor } = await start();
    const index = await visitor.fetch('app://kiosk/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /Yizhan kiosk/);
    const csp = index.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self' https:\/\/intake\.example\.cn/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    const manifest = await visitor.fetch('app://kiosk/bundle/manifest.json');
    assert.equal(((await manifest.json()) as { catalogueVersion: string }).catalogueVersion, 'seed-1');
    assert.match(manifest.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal((await visitor.fetch('app://kiosk/bundle/%2e%2e/%2e%2e/kiosk.json')).status, 404);
    assert.equal((await visitor.fetch('app://kiosk/', 'POST')).status, 405);
  });

  it('counts down after real input stops, then wipes the visitor partition and reloads', async () => {
    const { contents, clock, visitor } = await start();
    contents.input('touchStart');
    clock.advance(60_000);
    assert.deepEqual(sentOn(contents, EVENTS.onIdleState.channel).slice(-1), [{ phase: 'countdown', secondsLeft: 10 }]);
    contents.input('mouseMove');
    clock.advance(9_000);
    assert.deepEqual(visitor.cleared, [], 'a mouse move is not a visitor');
    clock.advance(1_000);
    await settle();
    assert.deepEqual(sentOn(contents, EVENTS.onWipe.channel), [
      {
        reason: 'idle',
        locale: 'zh-CN',
        resets: ['drafts', 'history', 'checklists', 'search', 'sessionStorage', 'elderlyMode', 'locale'],
      },
    ]);
    assert.deepEqual(visitor.cleared, [
      { storages: ['cookies', 'localstorage', 'cachestorage', 'serviceworkers', 'filesystem', 'shadercache'] },
    ]);
    assert.equal(visitor.cacheCleared, 1);
    assert.equal(visitor.authCleared, 1);
    assert.ok(contents.historyCleared >= 2);
    assert.deepEqual(contents.loaded, ['app://kiosk/', 'app://kiosk/']);
  });

  it('tells a freshly loaded page where the visitor cycle stands', async () => {
    const { contents } = await start();
    contents.emit('did-finish-load');
    assert.deepEqual(sentOn(contents, EVENTS.onIdleState.channel), [{ phase: 'attract' }]);
  });

  it('a touch during the countdown keeps the visitor', async () => {
    const { contents, clock, visitor } = await start();
    contents.input('touchStart');
    clock.advance(65_000);
    contents.input('touchStart');
    clock.advance(59_000);
    await settle();
    assert.deepEqual(visitor.cleared, []);
  });

  it('closes pop-ups when the countdown starts', async () => {
    const { fake, contents, clock } = await start();
    contents.openWindow('https://www.cnipa.gov.cn/');
    const popup = fake.windows[1]!;
    (popup.webContents as FakeWebContents).input('touchStart');
    clock.advance(60_000);
    assert.equal(popup.isDestroyed(), true);
  });

  it('"finish" from the page wipes at once; from a foreign frame it is ignored', async () => {
    const { fake, visitor } = await start();
    sendIpc(fake, SEND.endVisit.channel, undefined, ipcFrom('https://www.cnipa.gov.cn/'));
    await settle();
    assert.equal(visitor.cleared.length, 0);
    sendIpc(fake, SEND.endVisit.channel);
    await settle();
    assert.equal(visitor.cleared.length, 1);
  });

  it('reloads a crashed renderer after a growing delay, then shows maintenance', async () => {
    const { contents, clock, logs, visitor } = await start();
    const delays = [1000, 2000, 4000, 8000, 16_000];
    for (const delay of delays) {
      const before = contents.loaded.length;
      contents.crash();
      clock.advance(delay - 1);
      await settle();
      assert.equal(contents.loaded.length, before, `not before ${delay} ms`);
      clock.advance(1);
      await settle();
      assert.equal(contents.loaded.at(-1), 'app://kiosk/');
    }
    assert.equal(visitor.cleared.length, delays.length, 'each recovery forgets the visitor');
    contents.crash();
    await settle();
    assert.equal(contents.loaded.at(-1), 'app://kiosk/__shell/maintenance');
    assert.ok(logs.some((l) => l.startsWith('too many crashes')));
    const page = await visitor.fetch('app://kiosk/__shell/maintenance');
    assert.match(await page.text(), /自助终端维护中/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    clock.advance(15 * 60_000);
    await settle();
    assert.equal(contents.loaded.at(-1), 'app://kiosk/', 'tries again after the maintenance period');
  });

  it('restarts a renderer that stays unresponsive', async () => {
    const { fake, contents, clock } = await start();
    fake.windows[0]!.emit('unresponsive');
    clock.advance(15_000);
    assert.equal(contents.crashes, 1);
  });

  it('shows a localized config-error page naming the field when kiosk.json is wrong', async () => {
    const { contents, visitor, fake, logs } = await start({ ...baseConfig, idleSeconds: 5 });
    assert.deepEqual(contents.loaded, ['app://kiosk/__shell/config-error']);
    const html = await (await visitor.fetch('app://kiosk/__shell/config-error')).text();
    assert.match(html, /idleSeconds（空闲超时秒数）：不能小于 30/);
    assert.ok(logs.some((l) => /idleSeconds \(idle timeout in seconds\): Must be at least 30/.test(l)));
    assert.equal(fake.ipc.handlers.size, 0, 'no bridge without a valid config');
    assert.equal(contents.navigate('app://kiosk/'), false);
  });

  it('prints silently to the configured printer from a script-less window', async () => {
    const { fake } = await start();
    const receipt = { kind: 'guide', locale: 'zh-CN', title: '注册商标续展', sections: [{ lines: ['申请书'] }] };
    assert.deepEqual(await invoke(fake, INVOKE.print.channel, receipt), { ok: true });
    const win = fake.windows.at(-1)!;
    assert.equal(win.options.webPreferences.javascript, false);
    assert.equal((win.options.webPreferences.session as unknown as FakeSession).partition, 'receipt');
    assert.equal(win.options.show, false);
    const contents = win.webContents as FakeWebContents;
    assert.deepEqual(contents.printed, [
      {
        silent: true,
        deviceName: 'Receipt80',
        printBackground: false,
        color: false,
        margins: { marginType: 'none' },
        usePrinterDefaultPageSize: true,
      },
    ]);
    assert.match(contents.loaded[0] ?? '', /^data:text\/html;charset=utf-8;base64,/);
    assert.match(Buffer.from((contents.loaded[0] ?? '').split(',')[1] ?? '', 'base64').toString(), /注册商标续展/);
    assert.equal(win.isDestroyed(), true, 'receipt window closed');
  });

  it('reports a missing printer instead of printing elsewhere', async () => {
    const { fake } = await start({ ...baseConfig, printerName: 'Receipt58' });
    const result = await invoke(fake, INVOKE.print.channel, {
      kind: 'guide',
      locale: 'zh-CN',
      title: 'x',
      sections: [],
    });
    assert.deepEqual(result, { ok: false, reason: 'printer-missing' });
  });

  it('checks for content in the background and keeps the seed when offline', async () => {
    const { fake, clock, handle } = await start();
    clock.advance(30_000);
    await settle();
    assert.deepEqual(fake.fetches, ['https://cdn.example.cn/bundles/chengdu/manifest.json']);
    const status = (await invoke(fake, INVOKE.getContentStatus.channel)) as Record<string, unknown>;
    assert.equal(status['source'], 'seed');
    assert.equal((status['lastError'] as { code: string }).code, 'network');
    assert.equal(handle.updater?.activeBundle?.catalogueVersion, 'seed-1');
  });

  it('keeps outbox health for staff in status.json and the log, and persists the queue', async () => {
    const { fake, userData, logs } = await start();
    sendIpc(fake, SEND.reportOutbox.channel, { queued: 3, failed: 0, oldestQueuedAt: '2026-11-24T01:00:00.000Z' });
    // The file is written at start ("unknown") and again for the report: wait for the second write.
    await eventually(async () => {
      const status = JSON.parse(await readFile(join(userData, 'status.json'), 'utf8')) as {
        outbox: { level: string; queued: number };
      };
      assert.deepEqual({ level: status.outbox.level, queued: status.outbox.queued }, { level: 'waiting', queued: 3 });
    });
    assert.ok(logs.some((l) => l.startsWith('outbox waiting: 3 queued')));
    await invoke(fake, INVOKE.persistOutbox.channel, [{ id: 'c1' }]);
    assert.deepEqual(await invoke(fake, INVOKE.restoreOutbox.channel), [{ id: 'c1' }]);
  });
});
