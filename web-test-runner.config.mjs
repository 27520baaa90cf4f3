// Browser tests for widgets and kiosk renderer code, in Debian's Chromium through Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { yizhanCommands } from './scripts/wtr/commands-plugin.mjs';
import { countReporter } from './scripts/wtr/count-reporter.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium.mjs';

const files = process.env.YZ_WTR_FILES
  ? JSON.parse(process.env.YZ_WTR_FILES)
  : ['widgets/src/**/*.test.ts', 'widgets/test/browser/**/*.test.ts', '**/*.browser.test.ts', '!**/node_modules/**'];

export default {
  rootDir: '.',
  files,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }), yizhanCommands()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumExecutable(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
      createBrowserContext: ({ browser }) =>
        browser.newContext({ hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter(process.env.YZ_WTR_RESULTS)],
};
