/**
 * npm run size [-- --build] [-- --dir .output/chrome-mv3]
 *
 * Every bundle of the built extension with its raw and gzipped size (gzip level 9, as a store or
 * a server would serve it), largest first, and the total; then what each extension page loads
 * before it runs (its entry script and the chunks its HTML preloads) - the cost of opening it.
 * Reads the last `npm run build` (.output/chrome-mv3); --build runs `wxt build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/data';
import { table } from './lib/table';

const { values } = parseArgs({ options: { build: { type: 'boolean' }, dir: { type: 'string' } } });
const dir = join(ROOT, values.dir ?? '.output/chrome-mv3');

if (values.build || !existsSync(join(dir, 'manifest.json'))) {
  console.error(`size: building the extension (wxt build) into ${relative(ROOT, dir)} ...`);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}

interface Bundle {
  file: string;
  raw: number;
  gzip: number;
}

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
}

const measure = (path: string): Bundle => {
  const bytes = readFileSync(path);
  return { file: relative(dir, path).split('\\').join('/'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const bundles = walk(dir)
  .filter((f) => /\.(js|css)$/.test(f))
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
const byFile = new Map(bundles.map((b) => [b.file, b]));

const kb = (n: number) => (n / 1024).toFixed(1);
const total = (list: Bundle[]) => list.reduce((s, b) => ({ raw: s.raw + b.raw, gzip: s.gzip + b.gzip }), { raw: 0, gzip: 0 });

console.log(`Bundles in ${relative(ROOT, dir)} (KB = 1,024 bytes; gzip -9), largest first:`);
const all = total(bundles);
console.log(
  table(
    ['bundle', 'raw KB', 'gzip KB'],
    [...bundles.map((b) => [b.file, kb(b.raw), kb(b.gzip)]), ['total', kb(all.raw), kb(all.gzip)]],
    (c) => c > 0,
  ),
);

// What opening each page costs: the module its HTML runs and every chunk it preloads (the
// browser fetches and evaluates them all before the page's code starts); dynamic imports not.
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
const rows = pages.map((page) => {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const loaded = refs.map((r) => byFile.get(r)).filter((b): b is Bundle => !!b);
  const sum = total(loaded);
  const largest = [...loaded].sort((a, b) => b.gzip - a.gzip)[0];
  return [page, String(loaded.length), kb(sum.raw), kb(sum.gzip), largest ? `${largest.file} (${kb(largest.gzip)})` : ''];
});
console.log('');
console.log('What each page loads before it runs (entry script + preloaded chunks + CSS):');
console.log(table(['page', 'files', 'raw KB', 'gzip KB', 'largest (gzip KB)'], rows, (c) => c > 0 && c < 4));
