import { defineConfig } from 'vite';

/** React without a plugin: esbuild compiles TSX with the automatic runtime. */
export default defineConfig({
  root: __dirname,
  // The demo catalogue bundle at /bundle/ (built by `npm start` or `npm test`).
  publicDir: '../../../demo/public',
  cacheDir: '../../node_modules/.vite/example-react',
  esbuild: { jsx: 'automatic' },
  server: { host: '127.0.0.1' },
});
