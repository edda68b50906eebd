/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Pre-bundling these up front stops the dev server from reloading the page on first visit.
  optimizeDeps: { include: ['yaml', 'monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is one large lazily loaded chunk by design; the initial page stays small.
    chunkSizeWarningLimit: 4096,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
