import { defineConfig } from 'vite';

/** React without a plugin: esbuild compiles TSX with the automatic runtime. */
export default defineConfig({
  root: __dirname,
  esbuild: { jsx: 'automatic' },
  server: { host: '127.0.0.1' },
});
