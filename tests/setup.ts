// Vitest setup: DOM matchers, a clean DOM and a fresh store after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../src/store/store';

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
