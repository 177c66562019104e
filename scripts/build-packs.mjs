#!/usr/bin/env node
/**
 * The built-in packs, made ready at build time (node scripts/build-packs.mjs, or through the Vite
 * plugin below in `wxt build`, `wxt dev` and `npm test`).
 *
 * Every rules/*.yaml is parsed, validated (zod), compiled as untrusted (every regex through RE2)
 * and its examples run, each rule alone, with the same code `pack test` and an install use
 * (lib/packs/prepare.ts). What passed is kept in ready form (lib/packs/ready.ts): the validated
 * data and each case-insensitive regex's literal pre-check. The extension bundles that form
 * (lib/packs/builtin.ts imports rules/*.yaml?ready), so it never parses YAML, runs zod or
 * compiles a regex it does not need at start. Any invalid pack or failing example fails the build.
 *
 * The result is cached in node_modules/.cache/nemawashi-packs/ under a hash of everything it was
 * made from (the bundled checking code and the rules), so a second build or test run reuses it.
 *
 * Run directly: prints each pack's figures; exit code 1 on any problem.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULES = join(ROOT, 'rules');
const CACHE = join(ROOT, 'node_modules/.cache/nemawashi-packs');

/**
 * re2js bundled with its prefilter's scan limit lifted: re2js gives up (no prefilter) on a large
 * alternation of non-literal branches, a limit meant for its own matching; the guards built from
 * a prefilter are cheap JS checks, so they may be larger. A prefilter is a necessary condition
 * for a match whatever the limit, so the guards stay sound. (scripts/build-cli.mjs does the same.)
 */
export const re2Unlimited = {
  name: 're2-unlimited',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, () => ({ path: join(ROOT, 'node_modules/re2js/build/index.js') }));
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path === 're2js' ? undefined : { path: a.path, external: true }));
    b.onLoad({ filter: /re2js[\\/]build[\\/]index\.js$/ }, (a) => {
      const src = readFileSync(a.path, 'utf8');
      const patched = src.replace('static MAX_SCANS = 32;', 'static MAX_SCANS = 1e6;');
      if (patched === src) console.error('build-packs: note: re2js prefilter limit not found; guards as re2js builds them');
      return { contents: patched, loader: 'js' };
    });
  },
};

const version = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const sha = (parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
};

/**
 * The key of the ready form an installed pack is stored in: when the code that makes or reads it
 * changes (schema, compile, matchers, re2js), installed packs are prepared again at next load.
 */
export function packFormat() {
  const files = ['lib/packs/schema.ts', 'lib/packs/compile.ts', 'lib/packs/ready.ts', 'lib/engine/matchers.ts', 'lib/nlp/index.ts'];
  return sha([...files.map((f) => readFileSync(join(ROOT, f), 'utf8')), version('re2js'), version('compromise'), version('zod')]);
}

/**
 * Prepare every rules/*.yaml (or every *.yaml of rulesDir). Returns
 * { ok: true, packs: ReadyPack[], examples, cached } or { ok: false, problems: string[] }.
 */
export async function prepareBuiltinPacks({ rulesDir = RULES } = {}) {
  const bundled = await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    write: false,
    plugins: [re2Unlimited],
    stdin: { contents: `export { preparePack } from './lib/packs/prepare';`, resolveDir: ROOT, loader: 'ts' },
  });
  const code = bundled.outputFiles[0].text;
  const files = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort();
  const sources = files.map((f) => [relative(ROOT, join(rulesDir, f)).split('\\').join('/'), readFileSync(join(rulesDir, f), 'utf8')]);
  const key = sha([code, ...sources.flat(), version('compromise'), version('yaml'), version('zod')]);
  // One cached result per rules folder: the newest.
  const prefix = `${sha([resolve(rulesDir)]).slice(0, 8)}-`;
  const cached = join(CACHE, `${prefix}${key}.json`);
  try {
    return { ...JSON.parse(readFileSync(cached, 'utf8')), cached: true };
  } catch {
    // not prepared yet
  }
  mkdirSync(CACHE, { recursive: true });
  const module = join(CACHE, `prepare-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(module, code);
  let preparePack;
  try {
    ({ preparePack } = await import(pathToFileURL(module).href));
  } finally {
    rmSync(module, { force: true });
  }
  const packs = [];
  const problems = [];
  let examples = 0;
  for (const [file, text] of sources) {
    const r = preparePack(text, file);
    if (r.ok) {
      packs.push(r.ready);
      examples += r.examples;
    } else problems.push(...r.problems);
  }
  if (problems.length) return { ok: false, problems };
  const result = { ok: true, packs, examples };
  for (const f of readdirSync(CACHE)) if (f.startsWith(prefix) && f.endsWith('.json')) rmSync(join(CACHE, f), { force: true });
  writeFileSync(cached, JSON.stringify(result));
  return { ...result, cached: false };
}

/**
 * Vite plugin: `rules/<name>.yaml?ready` is that pack in ready form without its pre-checks (a
 * module whose default export is { file, id, audience, pack }, shipped as a JSON string: faster
 * to parse than the same object in JS), `rules/<name>.yaml?prefilters` its regexes' pre-checks
 * (only what checks needs them: a page that lists packs loads the first alone), and
 * `__NEMAWASHI_PACK_FORMAT__` is packFormat(). A pack that fails fails the build.
 */
export function readyPacks({ rulesDir = RULES } = {}) {
  let prepared;
  return {
    name: 'nemawashi-ready-packs',
    enforce: 'pre',
    config: () => ({ define: { __NEMAWASHI_PACK_FORMAT__: JSON.stringify(packFormat()) } }),
    watchChange(id) {
      if (id.startsWith(rulesDir)) prepared = undefined;
    },
    async load(id) {
      const [path, query] = id.split('?');
      if ((query !== 'ready' && query !== 'prefilters') || !path.endsWith('.yaml')) return null;
      const file = relative(ROOT, path).split('\\').join('/');
      const r = await (prepared ??= prepareBuiltinPacks({ rulesDir }));
      if (!r.ok) {
        prepared = undefined;
        this.error(`built-in packs are not ready: ${r.problems.length} problem(s)\n${r.problems.join('\n')}`);
      }
      const pack = r.packs.find((p) => p.file === file);
      if (!pack) this.error(`${file} is not a built-in pack (rules/*.yaml)`);
      this.addWatchFile(path);
      const { prefilters, ...data } = pack;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(query === 'ready' ? data : prefilters))});`;
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const r = await prepareBuiltinPacks();
  if (!r.ok) {
    console.error(`build-packs: ${r.problems.length} problem(s):\n${r.problems.join('\n')}`);
    process.exit(1);
  }
  for (const p of r.packs) {
    const regexes = Object.keys(p.prefilters).length;
    console.log(`build-packs: ${p.file}: ${p.id}@${p.pack.version}, ${p.pack.rules.length} rules, ${regexes} regex pre-checks, ${JSON.stringify(p).length} bytes ready`);
  }
  console.log(`build-packs: ${r.examples} examples passed; format ${packFormat()}; ${r.cached ? 'from the cache' : 'prepared'} in ${Math.round(performance.now() - t0)} ms`);
}
