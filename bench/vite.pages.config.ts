// Builds the benchmark's baseline pages into dist/bench-pages, so vite preview serves them beside the app: a plain
// Recharts scatter (bench/baseline) and a plain virtualized table (bench/plain-table).
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  base: '/bench-pages/',
  plugins: [react()],
  build: {
    outDir: '../dist/bench-pages',
    emptyOutDir: true,
    rolldownOptions: { input: { baseline: resolve('bench/baseline/index.html'), table: resolve('bench/plain-table/index.html') } },
  },
});
