import { defineConfig } from 'vite';

// A sandboxed preload can require only a few Electron modules, so zod and the bridge are
// bundled into this one CommonJS file.
export default defineConfig({
  build: {
    rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true } },
    sourcemap: false,
  },
});
