// The pure tests (domain logic and the lint rules) in Node, without a DOM: a project of the unit suite, and the
// suite StrykerJS runs each mutant against.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain',
    environment: 'node',
    // vite.config.ts's other project excludes these folders.
    include: ['tests/domain/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    restoreMocks: true,
    // Tests wait on conditions, not on time: the limits only stop a hung test, on a machine shared with other work.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
