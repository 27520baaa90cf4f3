import { defineConfig } from 'vite';

// Main process: one CommonJS file. Named .cjs because kiosk/package.json is "type": "module".
export default defineConfig({
  build: {
    lib: { entry: 'src/main/index.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
    sourcemap: false,
  },
});
