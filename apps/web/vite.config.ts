import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(here, '../..');
// The API the dev server and preview forward to; `npm start` and the e2e setup point it elsewhere.
const apiUrl = process.env['API_URL'] ?? 'http://127.0.0.1:3000';
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
  // RFC 8058 one-click unsubscribe (POST from mail clients) is answered by the API.
  '/mail': { target: apiUrl, changeOrigin: false },
  // Private calendar feeds (.ics) that calendar apps fetch.
  '/calendar': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  root: here,
  cacheDir: path.join(workspaceRoot, 'node_modules/.vite/apps/web'),
  plugins: [react()],
  resolve: {
    alias: {
      '@impact-review/domain': path.join(workspaceRoot, 'libs/domain/src/index.ts'),
    },
  },
  server: { host: '127.0.0.1', port: 4200, proxy },
  preview: { host: '127.0.0.1', port: 4300, proxy },
  build: {
    outDir: path.join(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
