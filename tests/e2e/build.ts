/**
 * The extension builds the E2E suite drives, made once and reused while their inputs are the same.
 *
 * Every file a build reads (wxt.config.ts's `zip.includeSources`, the list of what a rebuild
 * needs that tests/unit/zip.test.ts keeps honest, plus the Vite plugin wxt.config.ts imports and
 * the installed packages' lock) is hashed with the build's command. The hash, and one of the
 * output, are written beside the output (`<dir>.inputs-sha256`) only after a build succeeds, and
 * removed before one starts: a build that failed or was cut short is never reused, any changed,
 * added or removed input means a new build, and a build written over by someone else is not
 * taken for this one. NEMAWASHI_E2E_REBUILD=1 forces a build.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import config from '../../wxt.config';
import { ROOT } from './paths';

/** Bump when the way a build is made changes beyond its arguments (environment, tooling). */
const RECIPE = 'NODE_ENV=production; v1';

/** Every file under `rel` (a file or a folder; node_modules and dot-folders inside are not walked). */
function filesUnder(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && !(e.isDirectory() && e.name.startsWith('.')))
    .flatMap((e) => filesUnder(path.posix.join(rel, e.name)));
}

/** The files the extension's build reads, relative to the root, sorted. */
export function buildInputs(): string[] {
  const roots = new Set<string>();
  for (const pattern of config.zip?.includeSources ?? []) {
    // Documents travel in the sources archive; the build does not read them.
    if (pattern.endsWith('.md')) continue;
    roots.add(pattern.replace(/\/\*\*$/, ''));
  }
  // wxt.config.ts's Vite plugin (the ready packs); what is installed, as npm last wrote it; .env files WXT reads.
  for (const extra of ['wxt.config.ts', 'scripts/build-packs.mjs', 'node_modules/.package-lock.json']) roots.add(extra);
  for (const name of readdirSync(ROOT)) if (name.startsWith('.env')) roots.add(name);
  return [...new Set([...roots].flatMap(filesUnder))].sort();
}

function hashFiles(files: readonly string[], seed: string): string {
  const hash = createHash('sha256').update(seed);
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}

/** SHA-256 over a build's command and every input's path and bytes. */
export function inputsHash(args: readonly string[]): string {
  return hashFiles(buildInputs(), `${RECIPE}; wxt ${args.join(' ')}`);
}

function outputHash(dir: string): string {
  return hashFiles(filesUnder(path.relative(ROOT, dir)).sort(), '');
}

/**
 * `wxt <args>` into `outDir` (absolute), unless the build there was made from the same inputs.
 * Returns what happened, for the log.
 */
export function ensureBuild(args: readonly string[], outDir: string): string {
  const started = performance.now();
  const hashFile = `${outDir}.inputs-sha256`;
  const want = inputsHash(args);
  const [haveInputs, haveOutput] = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim().split(/\s+/) : [];
  const reusable =
    process.env.NEMAWASHI_E2E_REBUILD !== '1' &&
    haveInputs === want &&
    existsSync(path.join(outDir, 'manifest.json')) &&
    haveOutput === outputHash(outDir);
  const label = `${path.relative(ROOT, outDir)} (wxt ${args.join(' ')})`;
  if (reusable) return `${label} reused: its inputs are unchanged (sha256 ${want.slice(0, 12)}, checked in ${Math.round(performance.now() - started)} ms)`;
  rmSync(hashFile, { force: true });
  // Vitest sets NODE_ENV=test; the extension under test must be the production React build.
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
  // An input may have changed while the build ran (someone saved a file): then the hash taken
  // before is not this build's, and the next run builds again.
  if (inputsHash(args) === want) writeFileSync(hashFile, `${want} ${outputHash(outDir)}\n`);
  return `${label} built in ${((performance.now() - started) / 1000).toFixed(1)} s (inputs sha256 ${want.slice(0, 12)})`;
}
