// Server-side commands for browser tests that need what only Playwright can do from outside the
// page: real touch taps, real IME composition (CDP Input.imeSetComposition), offline mode.
/** The request handler that simulates network loss, per browser context. */
const offlineRoutes = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function yizhanCommands() {
  return {
    name: 'yizhan-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('yz-')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'yz-tap': {
          const { x, y } = payload;
          await page.touchscreen.tap(x, y);
          return true;
        }
        case 'yz-ime': {
          // Compose `steps` one by one as an IME would (pinyin letters shown inline), then commit.
          const cdp = await page.context().newCDPSession(page);
          for (const text of payload.steps) {
            await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
          }
          if (payload.commit !== undefined) await cdp.send('Input.insertText', { text: payload.commit });
          await cdp.detach();
          return true;
        }
        case 'yz-offline': {
          // context.setOffline() also drops the runner's own WebSocket, and the session then dies
          // with "browser disconnected". Instead, every HTTP request from the page fails at the
          // network layer (net::ERR_INTERNET_DISCONNECTED), except the runner's own API, and
          // navigator.onLine with the offline/online events follow, as on a real network loss.
          const context = page.context();
          const offline = Boolean(payload.offline);
          if (offline && !offlineRoutes.has(context)) {
            const handler = (route) =>
              new URL(route.request().url()).pathname.startsWith('/__web-test-runner__')
                ? route.continue()
                : route.abort('internetdisconnected');
            offlineRoutes.set(context, handler);
            await context.route('**/*', handler);
          } else if (!offline && offlineRoutes.has(context)) {
            await context.unroute('**/*', offlineRoutes.get(context));
            offlineRoutes.delete(context);
          }
          await page.evaluate((isOffline) => {
            const state = (globalThis.__yzNetwork ??= { offline: false });
            if (state.offline === isOffline) return;
            state.offline = isOffline;
            Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => !state.offline });
            globalThis.dispatchEvent(new Event(isOffline ? 'offline' : 'online'));
          }, offline);
          return true;
        }
        case 'yz-media': {
          await page.emulateMedia(payload);
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
