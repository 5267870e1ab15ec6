import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './service-worker-plugin';

// Run from the repository root: `vite build --config web/vite.config.ts`.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
// `vite --config web/vite.config.ts` serves the UI with the API of a local server (npm start).
const apiOrigin = process.env.ENVOL_API_ORIGIN ?? 'http://localhost:3000';
// Copied as they are to the root of the build: the web app manifest and its icons.
const publicDir = fileURLToPath(new URL('./public', import.meta.url));
const publicFiles = readdirSync(publicDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.slice(publicDir.length + 1)}/${entry.name}`.replace(/^\//, ''));

export default defineConfig({
  root: webRoot,
  publicDir,
  plugins: [serviceWorkerPlugin(publicFiles)],
  // Preact's automatic JSX runtime through Vite's own esbuild: no extra plugin to install.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser Envol supports has modulepreload or ignores it harmlessly: save the polyfill bytes.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/dev': apiOrigin,
      '/config.json': apiOrigin,
    },
  },
});
