import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Vue compiles `yz-*` tags as custom elements: attributes and properties go to the element. */
export default defineConfig({
  root: __dirname,
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('yz-') } } })],
  server: { host: '127.0.0.1' },
});
