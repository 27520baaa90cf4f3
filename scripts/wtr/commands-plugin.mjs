// Server-side commands for browser tests that need what only Playwright can do from outside the
// page: real touch taps, real IME composition (CDP Input.imeSetComposition), offline mode.
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
          await page.context().setOffline(Boolean(payload.offline));
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
