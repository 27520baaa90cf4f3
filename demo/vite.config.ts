import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The sample municipal portal. `npm start` builds it and serves the build; `pnpm --filter @yizhan/demo dev` for HMR. */
export default defineConfig({
  root: __dirname,
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(__dirname, 'index.html'),
      },
    },
  },
  // The intake API is proxied so the portal talks to it same-origin, as a real deployment would
  // behind one domain; `npm start` passes the server's address in YZ_API.
  server: { port: 5173, host: '127.0.0.1', proxy: { '/v1': process.env['YZ_API'] ?? 'http://127.0.0.1:8787' } },
  preview: { port: 5173, host: '127.0.0.1', proxy: { '/v1': process.env['YZ_API'] ?? 'http://127.0.0.1:8787' } },
});
