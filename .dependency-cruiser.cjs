/**
 * The layers of the house (docs/architecture.md), checked by dependency-cruiser in `npm test`
 * (tests/unit/architecture.test.ts). Run by hand: `npx depcruise entrypoints components lib`.
 *
 * Every rule is an error: a break fails the suite. Type-only imports are allowed where the rule
 * says so (a type is a shape both sides agree on, not a dependency at run time).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-to-entrypoints-or-components',
      comment: 'lib/ is the library the entry points and components are built from; it never reaches back up.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'components-not-to-entrypoints',
      comment: 'Shared components are used by entry points, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'engine-knows-no-dom-or-storage',
      comment:
        'The engine is pure: text and packs in, findings out. It runs in a worker, the CLI and the ' +
        'practice page alike, so it knows no storage, no field adapter, no painting, no browser API.',
      severity: 'error',
      from: { path: '^lib/engine/' },
      to: {
        path: [
          '^lib/(storage|editors|highlight|recipients|audience/storage)',
          '^(entrypoints|components)/',
          '^node_modules/(wxt|@wxt-dev|react|react-dom)/',
        ],
      },
    },
    {
      name: 'adapters-and-painting-never-judge-tone',
      comment:
        'Field adapters (lib/editors) and painting (lib/highlight) read text and map offsets; the ' +
        'judgement (lib/engine) is passed to them as data. Types from the engine are fine, and so is ' +
        'lib/engine/types.ts, the plain data model a finding is (severityRank orders the paint).',
      severity: 'error',
      from: { path: '^lib/(editors|highlight)/' },
      to: { path: '^lib/engine/', pathNot: '^lib/engine/types\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'extension-not-to-cli',
      comment: 'The command line is one face of lib/; the extension never bundles it.',
      severity: 'error',
      from: { path: '^(entrypoints|components)/' },
      to: { path: '^lib/cli/' },
    },
    {
      name: 'extension-libs-not-to-cli',
      comment: 'Nor do the parts of lib/ the extension is built from (storage, editors, highlight, ...).',
      severity: 'error',
      from: { path: '^lib/', pathNot: ['^lib/cli/'] },
      to: { path: '^lib/cli/' },
    },
    {
      name: 'no-cycle-at-run-time',
      comment:
        'Modules that need each other to load break in an order nobody chose. A cycle through a ' +
        'type-only import is erased at build time and allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
