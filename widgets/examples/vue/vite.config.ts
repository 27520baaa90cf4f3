import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Vue compiles `yz-*` tags as custom elements: attributes and properties go to the element. */
export default defineConfig({
  root: __dirname,
  // The demo catalogue bundle at /bundle/ (built by `npm start` or `npm test`).
  publicDir: '../../../demo/public',
  cacheDir: '../../node_modules/.vite/example-vue',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('yz-') } } })],
  server: { host: '127.0.0.1' },
});
