/**
 * Before the E2E suite: build the extension (`wxt build --mode e2e`, which adds 127.0.0.1 to the
 * content script's matches) unless the build on disk was made from exactly the inputs there are
 * now (tests/e2e/build.ts), bundle the test pages' real editors (TipTap, Quill, Draft.js, Lexical,
 * Slate) with esbuild, and make sure there is a Chromium to drive. Runs once per `npm test`,
 * before any worker.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';
import { ensureBuild } from './build';
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
    entryPoints: ['tiptap.ts', 'quill.ts', 'draft.tsx', 'lexical.ts', 'slate.tsx'].map((f) => path.join(src, f)),
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
  console.log(`[e2e] ${ensureBuild(['build', '--mode', 'e2e'], EXTENSION_DIR)}`);
  reportSizes();
  await bundlePages();
}

/** DESIGN.md: report the content script's gzipped size on every change (here: every E2E run). */
function reportSizes(): void {
  const size = (file: string) => {
    if (!existsSync(path.join(EXTENSION_DIR, file))) return 'absent';
    const bytes = readFileSync(path.join(EXTENSION_DIR, file));
    return `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped)`;
  };
  console.log(
    `[size] content script ${size('content-scripts/content.js')}, loaded on every permitted page; ` +
      `checker ${size('checker.js')}, loaded on the first focused field`,
  );
}
