import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites';
import { readyPacks } from './scripts/build-packs.mjs';

/**
 * The E2E suite serves its test pages from 127.0.0.1. `wxt build --mode e2e` (into
 * .output/chrome-mv3-e2e) adds that origin to the content script's matches, and grants
 * localhost as if the user had switched it on (the suite registers the script for it at run
 * time, as the popup does). The release build only ever matches the webmail sites below.
 */
const E2E_ORIGIN = 'http://127.0.0.1/*';
const E2E_GRANTED = 'http://localhost/*';

/**
 * react and react-dom as Preact's compatibility layer (for checker.js only, see the hook below).
 * knip.json lists preact among ignoreDependencies: it is reached only through these aliases.
 */
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// Host permissions stay minimal: the supported webmail sites (lib/sites); others are requested at run time
// (optional_host_permissions) when the user switches a site on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // public/_locales holds the name and description in English and Japanese (the UI's own
    // words are bundled: lib/i18n, so that the language can be chosen in the options page).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // The webmail sites of lib/sites (the content script's matches come from the same registry).
    host_permissions: [...SITE_MATCHES],
    optional_host_permissions: ['*://*/*'],
    // The organisation's policy (pack URLs, locked packs, audience): see docs/team-packs.md.
    storage: { managed_schema: 'managed_schema.json' },
    // The content script imports the checker (engine + UI) on first focus; it has to be
    // reachable from pages for that import. It holds no data, only code. use_dynamic_url: only
    // through a per-session URL, so a page cannot probe chrome-extension://<id>/checker.js to
    // tell that the extension is installed (runtime.getURL gives the content script that URL).
    web_accessible_resources: [{ resources: ['checker.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nemawashi@nemawashi.dev',
              strict_min_version: '140.0', // data_collection_permissions needs Firefox 140 (desktop)
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run zip` (scripts/zip.ts): the store packages, and for Firefox's reviewers a sources
  // archive they can rebuild from (SOURCE-BUILD.md). The sources are an allow-list: everything is
  // excluded, then only what the build reads is included (includeSources wins over excludeSources),
  // so node_modules, .output, dist, tests (with the raw corpus) and docs never travel.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['**'],
    includeSources: [
      'SOURCE-BUILD.md',
      'README.md',
      'PRIVACY.md',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'rules/**',
      'public/**',
      // The practice page bundles the example course.
      'examples/assignments/**',
      // `npm ci` runs it (prepare: the command line's build); the extension does not need it.
      'scripts/build-cli.mjs',
      // The build's Vite plugin that checks the built-in packs and ships them ready (imported above).
      'scripts/build-packs.mjs',
    ],
  },
  // The e2e build is the release build plus one match pattern: same minified production React.
  // readyPacks: the built-in packs validated, tested and shipped in ready form (lib/packs/builtin.ts).
  vite: (env) => ({ plugins: [readyPacks()], ...(env.mode === 'e2e' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}) }),
  hooks: {
    // The in-page UI (checker.js, loaded on a page's first focused field) renders with Preact's
    // React-compatible layer instead of react-dom: about 20 KB against 207 KB of script for the
    // page to evaluate before its first check (issue 11: no page task over 50 ms). The extension's
    // own pages keep React. checker.js is built on its own (an unlisted script), so the alias
    // reaches no other bundle.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'checker')) return;
      config.resolve ??= {};
      const previous = config.resolve.alias;
      const list = Array.isArray(previous)
        ? previous
        : Object.entries(previous ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve.alias = [...PREACT_ALIASES, ...list];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      manifest.host_permissions = [...(manifest.host_permissions ?? []), E2E_ORIGIN, E2E_GRANTED];
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), E2E_ORIGIN];
    },
  },
});
