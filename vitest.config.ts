import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { readyPacks } from './scripts/build-packs.mjs';

/**
 * Two workers (the machines this runs on have two cores; Vitest's default would be one), shared
 * by both projects: the E2E files go first (each worker drives its own Chromium, with its own
 * profile folder and its own test-page server on a free port: tests/e2e/harness.ts), the many
 * short unit files fill in around them. NEMAWASHI_TEST_WORKERS overrides the count.
 */
const WORKERS = Number(process.env.NEMAWASHI_TEST_WORKERS ?? 2);

/** The longest file (the random drafts): left to the end, it would run alone while the other
 *  worker idles. */
const LONGEST = ['/random.e2e.ts'];

/** Vitest's order (failed first, then longest by the last run's timings), with the longest files
 *  first on a fresh clone too, where there are no timings yet. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONGEST.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  // The built-in packs in ready form, as the extension ships them (scripts/build-packs.mjs).
  plugins: [WxtVitest(), readyPacks()],
  test: {
    testTimeout: 30_000,
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          maxWorkers: WORKERS,
        },
      },
      {
        // A real Chromium with the built extension (tests/e2e/global-setup.ts builds it first,
        // or reuses the build when none of its inputs changed).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: ['tests/e2e/firefox.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          maxWorkers: WORKERS,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Firefox (firefox-esr through WebDriver BiDi) runs last and alone: beside the other files
        // its smoke test timed out waiting for the checker in 4 of 6 full runs on 2 busy cores,
        // and passed in every run alone (also with both cores kept busy by other processes).
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/e2e/firefox.e2e.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
