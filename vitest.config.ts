import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic: fast, no build needed.
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/gates/**/*.test.ts',
            'tests/helpers/**/*.test.ts',
          ],
        },
      },
      // Builds small fixture content folders and asserts what editors are told.
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
      },
      // The built site in dist/, read as files and in Debian's Chromium.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
