/**
 * npm run zip [-- --commit REV] [-- --verify]
 *
 * Builds what the stores take, into .output/:
 *   - nemawashi-<version>-chrome-mv3.zip   Chrome Web Store (and Edge Add-ons)
 *   - nemawashi-<version>-firefox-mv3.zip  Firefox Add-ons (AMO)
 *   - nemawashi-<version>-sources.zip      the sources AMO's reviewers ask for, with SOURCE-BUILD.md
 * (`wxt zip` and `wxt zip -b firefox --mv3`; what the sources hold is set in wxt.config.ts `zip:`).
 *
 * Then checks each archive and stops with exit code 1 when one is wrong: both manifests are MV3
 * release manifests (no test origin, no source maps); the Firefox one carries its gecko id and
 * declares that no data is collected (`data_collection_permissions: { required: ['none'] }`);
 * the sources hold what a rebuild needs (scripts/zip-rules.ts) and nothing of node_modules,
 * build output, tests or the corpus; `web-ext lint` finds no error in the Firefox build.
 * Prints each artefact's path and size.
 *
 * --commit REV packages a commit instead of the working tree (a release: `--commit v0.1.0`): the
 * commit is exported with `git archive` into a temporary folder (this checkout's node_modules
 * linked in), zipped there, and the three archives are copied into .output/. Uncommitted changes
 * then never reach a store, and the packages match the sources exactly even while the tree moves.
 *
 * --verify also does what a reviewer does: unpacks the sources into a temporary folder, builds the
 * Firefox add-on there (`npm run build:firefox`, with this checkout's node_modules linked in, as
 * `npm ci` would install them from package-lock.json) and compares it file by file with the build
 * that was zipped.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zip } from 'wxt';
import { exportCommit, git as gitIn, removeExport } from './zip-export';
import { readZip, type ZipArchive } from './zip-read';
import { SOURCES_MAX_BYTES, SOURCES_MUST_HOLD, SOURCES_MUST_NOT_HOLD } from './zip-rules';

const CHECKOUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { verify: { type: 'boolean', default: false }, commit: { type: 'string' } } });
/** Where the packages are built from: this checkout, or the exported commit. */
const ROOT = values.commit ? exportCommit(CHECKOUT, values.commit) : CHECKOUT;

const problems: string[] = [];
const must = (ok: unknown, problem: string) => {
  if (!ok) problems.push(problem);
};

const started = performance.now();
const chromeZips = await zip({ root: ROOT, browser: 'chrome', manifestVersion: 3 });
const firefoxZips = await zip({ root: ROOT, browser: 'firefox', manifestVersion: 3 });
const chromeZip = chromeZips.find((f) => f.endsWith('-chrome-mv3.zip'));
const firefoxZip = firefoxZips.find((f) => f.endsWith('-firefox-mv3.zip'));
const sourcesZip = firefoxZips.find((f) => f.endsWith('-sources.zip'));
if (!chromeZip || !firefoxZip || !sourcesZip) {
  console.error(`[zip] expected a chrome, a firefox and a sources zip, got:\n  ${[...chromeZips, ...firefoxZips].join('\n  ')}`);
  process.exit(1);
}
const zipSeconds = (performance.now() - started) / 1000;
if (values.commit) {
  // The archives go where a working-tree run puts them; the exported commit is removed at exit.
  const out = path.join(CHECKOUT, '.output');
  mkdirSync(out, { recursive: true });
  for (const file of [chromeZip, firefoxZip, sourcesZip]) copyFileSync(file, path.join(out, path.basename(file)));
}

function manifestOf(archive: ZipArchive): Record<string, any> {
  return JSON.parse(archive.read('manifest.json').toString('utf8'));
}

/** What both stores require of a release package. */
function checkRelease(label: string, archive: ZipArchive): Record<string, any> {
  const manifest = manifestOf(archive);
  must(manifest.manifest_version === 3, `${label}: manifest_version is ${manifest.manifest_version}, not 3`);
  const json = JSON.stringify(manifest);
  // The E2E build adds the test server's origin; a release package must never carry it.
  must(!json.includes('127.0.0.1') && !json.includes('localhost'), `${label}: the manifest holds a test origin (an e2e build was zipped)`);
  must(!archive.entries.some((e) => e.name.endsWith('.map')), `${label}: holds source maps`);
  for (const locale of ['en', 'ja']) must(archive.entries.some((e) => e.name === `_locales/${locale}/messages.json`), `${label}: no _locales/${locale}`);
  return manifest;
}

const chrome = readZip(chromeZip);
const chromeManifest = checkRelease('chrome', chrome);
must(!chromeManifest.browser_specific_settings, 'chrome: the manifest carries browser_specific_settings (Firefox only)');
must(chromeManifest.background?.service_worker, 'chrome: no background service worker');

const firefox = readZip(firefoxZip);
const firefoxManifest = checkRelease('firefox', firefox);
const gecko = firefoxManifest.browser_specific_settings?.gecko;
must(typeof gecko?.id === 'string' && gecko.id.includes('@'), 'firefox: browser_specific_settings.gecko.id is missing');
must(
  JSON.stringify(gecko?.data_collection_permissions?.required) === '["none"]',
  `firefox: data_collection_permissions.required should be ["none"], is ${JSON.stringify(gecko?.data_collection_permissions)}`,
);

const sources = readZip(sourcesZip);
const names = new Set(sources.entries.map((e) => e.name));
for (const file of SOURCES_MUST_HOLD) must(names.has(file), `sources: ${file} is missing`);
for (const folder of ['entrypoints/', 'components/', 'lib/', 'rules/', 'public/']) {
  must(sources.entries.some((e) => e.name.startsWith(folder)), `sources: nothing under ${folder}`);
}
for (const entry of sources.entries) {
  const bad = SOURCES_MUST_NOT_HOLD.find((prefix) => entry.name.startsWith(prefix) || entry.name.includes(`/${prefix}`));
  must(!bad, `sources: holds ${entry.name} (nothing under ${bad} may travel)`);
}
const sourcesBytes = statSync(sourcesZip).size;
must(sourcesBytes <= SOURCES_MAX_BYTES, `sources: ${kb(sourcesBytes)}, more than ${kb(SOURCES_MAX_BYTES)}`);

// web-ext lint: what AMO's validator (addons-linter) says about the Firefox build.
const lint = webExtLint(path.join(ROOT, '.output/firefox-mv3'));
must(lint.errors.length === 0, `firefox: web-ext lint errors:\n    ${lint.errors.join('\n    ')}`);

let verified = '';
if (values.verify) verified = verifySources(sourcesZip);

console.log('\n[zip] artefacts');
for (const [label, file, archive] of [
  ['Chrome Web Store', chromeZip, chrome],
  ['Firefox Add-ons', firefoxZip, firefox],
  ['Firefox sources', sourcesZip, sources],
] as const) {
  const shown = path.join('.output', path.basename(file));
  console.log(`  ${label.padEnd(17)} ${shown.padEnd(42)} ${kb(statSync(file).size).padStart(9)}  ${archive.entries.length} files`);
}
if (values.commit) console.log(`  from commit ${values.commit} (${git(['rev-parse', '--short', values.commit])}), not the working tree`);
console.log(`  built and zipped in ${zipSeconds.toFixed(1)} s; web-ext lint: ${lint.errors.length} errors, ${lint.warnings.length} warnings`);
for (const w of lint.warnings) console.log(`    warning ${w}`);
if (verified) console.log(`  ${verified}`);

if (values.commit) removeExport(ROOT);
if (problems.length) {
  console.error(`\n[zip] ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function webExtLint(dir: string): { errors: string[]; warnings: string[] } {
  let out: string;
  try {
    out = execFileSync(path.join(CHECKOUT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    // web-ext exits non-zero on errors; its report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  type Message = { code: string; message: string; file?: string };
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Message[]; warnings: Message[] };
  const line = (m: Message) => `${m.code} ${m.file ?? ''}: ${m.message}`;
  return { errors: report.errors.map(line), warnings: report.warnings.map(line) };
}

/** Rebuild the Firefox add-on from the sources archive alone and compare with what was zipped. */
function verifySources(archiveFile: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-sources-'));
  try {
    const archive = readZip(archiveFile);
    for (const { name } of archive.entries) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), archive.read(name));
    }
    // What `npm ci` installs from package-lock.json, without downloading it again.
    symlinkSync(path.join(CHECKOUT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const t0 = performance.now();
    execFileSync('npm', ['run', 'build:firefox'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    const seconds = (performance.now() - t0) / 1000;
    const rebuilt = hashes(path.join(dir, '.output/firefox-mv3'));
    const zipped = new Map(firefox.entries.map((e) => [e.name, sha256(firefox.read(e.name))]));
    const differ = [...new Set([...rebuilt.keys(), ...zipped.keys()])].filter((name) => rebuilt.get(name) !== zipped.get(name));
    must(
      differ.length === 0,
      `sources: the rebuilt add-on differs from the zipped one in ${differ.join(', ')}` +
        (values.commit ? '' : ' (did a source file change while zipping? --commit packages a commit, which cannot)'),
    );
    return `--verify: rebuilt from the sources alone in ${seconds.toFixed(1)} s: ${rebuilt.size} files, ${differ.length ? `${differ.length} differ` : 'identical to the Firefox zip'}`;
  } finally {
    removeExport(dir);
  }
}

function git(args: string[]): string {
  return gitIn(CHECKOUT, args);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hashes(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashes(full, base, out);
    else out.set(path.relative(base, full).split(path.sep).join('/'), sha256(readFileSync(full)));
  }
  return out;
}
