/**
 * Before the E2E suite: build the extension (`wxt build --mode e2e`, which adds 127.0.0.1 to the
 * content script's matches), bundle the test pages' real editors (TipTap, Quill, Draft.js) with
 * esbuild, and make sure there is a Chromium to drive.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';
import { EXTENSION_DIR, PAGES_DIR, ROOT, chromiumPath } from './paths';

function ensureChromium(): void {
  if (existsSync(chromiumPath())) return;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  // A clean CI machine: install Debian's Chromium when we can.
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('[e2e] installing chromium with apt-get ...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!existsSync(chromiumPath())) {
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  }
}

async function bundlePages(): Promise<void> {
  mkdirSync(PAGES_DIR, { recursive: true });
  const src = path.join(ROOT, 'tests/e2e/pages');
  for (const file of readdirSync(src)) {
    if (file.endsWith('.html') || file.endsWith('.js')) cpSync(path.join(src, file), path.join(PAGES_DIR, file));
  }
  await build({
    entryPoints: ['tiptap.ts', 'quill.ts', 'draft.tsx'].map((f) => path.join(src, f)),
    outdir: PAGES_DIR,
    bundle: true,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'warning',
  });
}

export default async function setup(): Promise<void> {
  ensureChromium();
  if (process.env.NEMAWASHI_E2E_SKIP_BUILD !== '1' || !existsSync(EXTENSION_DIR)) {
    // Vitest sets NODE_ENV=test; the extension under test must be the production React build.
    try {
      execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production' },
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`wxt build --mode e2e failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
  }
  reportSizes();
  await bundlePages();
}

/** DESIGN.md: report the content script's gzipped size on every change (here: every E2E run). */
function reportSizes(): void {
  const size = (file: string) => {
    const bytes = readFileSync(path.join(EXTENSION_DIR, file));
    return `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped)`;
  };
  console.log(
    `[size] content script ${size('content-scripts/content.js')}, loaded on every permitted page; ` +
      `checker ${size('checker.js')}, loaded on the first focused field`,
  );
}
