/** terser options: ES2020 modules, two compress passes, no comments kept (a fresh object each call). */
export function shippedMinify(): {
  ecma: 2020;
  module: true;
  compress: { passes: number };
  format: { comments: false };
};
