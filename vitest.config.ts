import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { readyPacks } from './scripts/build-packs.mjs';

export default defineConfig({
  // The built-in packs in ready form, as the extension ships them (scripts/build-packs.mjs).
  plugins: [WxtVitest(), readyPacks()],
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
        },
      },
      {
        // A real Chromium with the built extension (tests/e2e/global-setup.ts builds it first).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
