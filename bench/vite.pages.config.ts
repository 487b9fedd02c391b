// Builds the baseline page into dist/bench-baseline so vite preview serves it beside the app.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/baseline',
  base: '/bench-baseline/',
  plugins: [react()],
  build: { outDir: '../../dist/bench-baseline', emptyOutDir: true },
});
