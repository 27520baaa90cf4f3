import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium.mjs';

/** End-to-end specs (`e2e/*.spec.ts`): the demo portal, kiosk:web, the staff console, outbox under network loss. */
export default defineConfig({
  testMatch: '**/e2e/**/*.spec.ts',
  testIgnore: ['**/node_modules/**'],
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  // scripts/test.mjs gives each run its own folder, so parallel runs keep their traces.
  outputDir: process.env['YZ_PW_OUTPUT'] ?? '.cache/playwright',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [...CHROMIUM_ARGS],
    },
    trace: 'retain-on-failure',
  },
});
