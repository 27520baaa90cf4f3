/**
 * Vite options of the docs dev server (`pnpm --filter @yizhan/docs dev`, `npm start -- --dev`).
 * VitePress runs Vite with docs/ as its root, so Vite reads this file and merges it with the
 * `vite` block of .vitepress/config.ts (which holds everything else).
 */
export default {
  server: {
    host: '127.0.0.1',
    // The live consultation and rating examples post to /v1/ as on the demo portal.
    proxy: { '/v1': process.env['YZ_API'] ?? 'http://127.0.0.1:8787' },
  },
};
