import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Where builds go; CHAPTERHOUSE_OUT lets two builds (say, two people's e2e runs) not overwrite each other. */
const OUT = process.env.CHAPTERHOUSE_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      // The service and its database run in worker.js, started by src/main/service/host.ts.
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), worker: resolve(__dirname, 'src/main/service/worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot require() packages: bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: `${OUT}/renderer`,
      // Relative asset paths, so the same build loads from file:// in Electron and from the e2e harness.
      assetsDir: 'assets',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    base: './',
  },
});
