/**
 * What the store packages must (and must not) hold: checked on the archives by scripts/zip.ts
 * after every `npm run zip`, and on wxt.config.ts's zip settings by tests/unit/zip.test.ts.
 */

/** Files Firefox's reviewers need to rebuild the add-on (SOURCE-BUILD.md says how). */
export const SOURCES_MUST_HOLD = [
  'SOURCE-BUILD.md',
  'PRIVACY.md',
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  // wxt.config.ts imports it: the build checks the built-in packs and ships them ready.
  'scripts/build-packs.mjs',
  'tsconfig.json',
  'entrypoints/background.ts',
  'entrypoints/checker.ts',
  'rules/core.yaml',
  'rules/results-first.yaml',
  'public/_locales/en/messages.json',
  'public/_locales/ja/messages.json',
  'public/managed_schema.json',
  // The learned layer's weights: data the build bundles (trained by scripts/train.ts).
  'lib/engine/learned/weights/consensus.json',
  'lib/engine/learned/weights/results-first.json',
  'examples/assignments/course.yaml',
] as const;

/** Folders the sources archive never holds: installed packages, build output, tests and the raw corpus. */
export const SOURCES_MUST_NOT_HOLD = ['node_modules/', '.output/', '.wxt/', 'dist/', 'tests/', 'docs/', '.git/', 'tmp/'] as const;

/** The sources archive stays small enough to upload and to read. */
export const SOURCES_MAX_BYTES = 3 * 1024 * 1024;
