// How the widgets' build minifies what goes to browsers (terser, in widgets/vite.config.ts), and
// so how packages/search/test/size.test.ts measures the engine against its 8 KB budget: one set of
// options, so the budget is checked on exactly what ships. Plain .mjs with no dependencies, so
// config files and tests of every kind can import it.

/** terser options: ES2020 modules, two compress passes, no comments kept (a fresh object each call). */
export function shippedMinify() {
  return { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } };
}
