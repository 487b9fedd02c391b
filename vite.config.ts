/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Preloads the Latin Inter faces the first paint uses: without it the browser finds them only once React has
 * laid out text, and the first contentful paint waits for them.
 */
function preloadFonts(faces: RegExp): Plugin {
  let base = '/';
  return {
    name: 'model-mpg:preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => faces.test(f));
        return files.map((f) => ({
          tag: 'link', injectTo: 'head' as const,
          attrs: { rel: 'preload', href: `${base}${f}`, as: 'font', type: 'font/woff2', crossorigin: '' },
        }));
      },
    },
  };
}

/**
 * Serves the hashed build assets the way a static host should: cacheable for a year, never revalidated (their
 * names change with their content). `vite preview` sends every file as no-cache, which a real deployment would
 * not; the benchmark measures the preview server, and with no-cache Chromium recompiled the app on every load.
 */
function immutableAssets(): Plugin {
  return {
    name: 'model-mpg:immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value);
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFonts(/inter-latin-(400|600)-normal-[\w-]+\.woff2$/), immutableAssets()],
  test: {
    restoreMocks: true,
    // Tests wait on conditions, not on time: the limits only stop a hung test, on a machine shared with other work.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Only the tests that render get a DOM: starting jsdom for every pure test file cost more than running them.
    projects: [
      './vitest.domain.config.ts',
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          // The domain project's tests.
          exclude: ['tests/domain/**', 'tests/lint/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
