// Vitest setup: DOM matchers, a clean DOM and a fresh store after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/store/store';

// findBy and waitFor wait on a condition; the ceiling only has to outlast a busy machine, where the first import of
// the charts chunk alone can take seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  resetStore();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

// jsdom has no layout, so nothing to observe; Radix's slider needs the constructor to exist.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
