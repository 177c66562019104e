/**
 * How the extension feels on a page, measured in a real Chromium (Debian's, driven by
 * playwright-core as tests/e2e/harness.ts does) with the release build (`npm run build`, into
 * .output/chrome-mv3). A benchmark, not a test: it prints figures and asserts nothing (these
 * machines are shared and noisy; the median of --runs is printed).
 *
 * For a textarea, a Gmail-like contenteditable and a TipTap field, in a browser whose extension
 * background has started (and answered one check, where the engine runs there):
 * - first: ms from focusing a field holding a 250-word draft to its first findings painted;
 * - first-task: the longest task on the page meanwhile (PerformanceObserver 'longtask': only
 *   tasks over 50 ms are reported, so "-" means none);
 * - typing-task: the longest task while typing 67 characters at the end of a 2,000-word draft
 *   (60 ms between keys), until the check after the last key is painted;
 * - settle: ms from the last key to that check painted;
 * - paste-task / paste-settle: the same after pasting 5,000 words into the field at once;
 * - first (worker stopped): first findings again in a new page, with the extension's service
 *   worker stopped just before the focus (as after 30 s idle), and the longest task meanwhile;
 * - pointer first: the same, as a user gets there: the pointer comes to rest on the field --dwell
 *   ms (default 300) before the focus (the content script wakes a stopped background then).
 * The page's own editor work counts too: `--ext none` gives the page without the extension.
 *
 *   npm run bench:page                       the release build in .output/chrome-mv3 (built if missing)
 *   npm run bench:page -- --ext before=/tmp/before/.output/chrome-mv3 --ext after=.output/chrome-mv3 --ext none
 *   options: --runs N (default 3), --kinds textarea,gmail,tiptap, --dwell MS (default 300)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { NEUTRAL } from '../tests/e2e/neutral';
import { chromiumArgs, chromiumPath } from '../tests/e2e/paths';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['textarea', 'gmail', 'tiptap'] as const;
type Kind = (typeof KINDS)[number];
/** How long the pointer rests on the field before the click, for "pointer first" (--dwell). */
let DWELL_MS = 300;
const TYPED = 'Could you also send me the final numbers for the board pack today. ';

// ---- the drafts: plain sentences with flagged ones among them ----

const FLAGGED = [
  'You need to send me the final report by Friday.',
  'Send the slides ASAP.',
  'This proposal is wrong and we will not do it.',
  'Obviously the budget has to be cut.',
  'Why did you not tell me earlier?',
  'I have decided that we will move the launch to May.',
  'Just fix the numbers before the meeting.',
];

function draft(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = [NEUTRAL[i % NEUTRAL.length], FLAGGED[i % FLAGGED.length], NEUTRAL[(i + 3) % NEUTRAL.length]].join(' ');
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs.join('\n');
}

// ---- options ----

interface Target {
  label: string;
  /** The extension directory, or null for the page alone. */
  dir: string | null;
}

function parseArgs(argv: string[]): { targets: Target[]; runs: number; kinds: Kind[] } {
  const targets: Target[] = [];
  let runs = 3;
  let kinds: Kind[] = [...KINDS];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--kinds') kinds = argv[++i].split(',') as Kind[];
    else if (a === '--dwell') DWELL_MS = Number(argv[++i]);
    else if (a === '--ext') {
      const v = argv[++i];
      if (v === 'none') targets.push({ label: 'no extension', dir: null });
      else {
        const [label, dir] = v.includes('=') ? v.split(/=(.*)/s) : [path.basename(path.dirname(path.dirname(path.resolve(v)))), v];
        targets.push({ label, dir: path.resolve(dir) });
      }
    } else throw new Error(`unknown option ${a}`);
  }
  if (targets.length === 0) {
    const dir = path.join(ROOT, '.output/chrome-mv3');
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      console.log('[bench] building the release build (npm run build) ...');
      execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    }
    targets.push({ label: 'release build', dir });
  }
  return { targets, runs, kinds };
}

// ---- the extension, the pages, a server ----

/** A copy of the release build whose content script also matches the bench's 127.0.0.1 pages. */
function benchCopy(dir: string, into: string): string {
  cpSync(dir, into, { recursive: true });
  const file = path.join(into, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  for (const script of manifest.content_scripts ?? []) script.matches = [...script.matches, 'http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest));
  return into;
}

function sizes(dir: string): string {
  const gz = (f: string) => {
    const file = path.join(dir, f);
    return existsSync(file) ? `${(gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(0)} KB` : '-';
  };
  return `content ${gz('content-scripts/content.js')}, checker ${gz('checker.js')}, background ${gz('background.js')} (gzipped)`;
}

async function pages(into: string): Promise<string> {
  const src = path.join(ROOT, 'tests/e2e/pages');
  mkdirSync(into, { recursive: true });
  for (const f of readdirSync(src)) if (f.endsWith('.html') || f.endsWith('.js')) cpSync(path.join(src, f), path.join(into, f));
  await build({
    entryPoints: [path.join(src, 'tiptap.ts')],
    outdir: into,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'warning',
  });
  return into;
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const name = path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const file = path.join(dir, name);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- in the page ----

/**
 * Installed before the page's scripts: long tasks from the start, the time of the last key, and
 * helpers the measurements call. A string, so that the TypeScript loader adds nothing to it.
 */
const PROBE = `
  window.nwLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.nwLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.nwLastKey = 0;
  addEventListener('keydown', () => (window.nwLastKey = performance.now()), true);
  // Resolves with performance.now() once the indicator shows a finished check (with findings if asked).
  window.nwSettled = (withFindings, after) => new Promise((resolve) => {
    function poll() {
      const el = document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-indicator"]');
      const done = el?.getAttribute('data-busy') === 'false' && (!withFindings || Number(el.getAttribute('data-count')) > 0);
      if (done && performance.now() > after) resolve(performance.now());
      else setTimeout(poll, 5);
    }
    setTimeout(poll, 0);
  });
  // The longest task overlapping [from, to] (0: none over 50 ms).
  window.nwLongest = (from, to) =>
    Math.max(0, ...window.nwLongTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration));
`;

/** From an extension page: one check through the engine's port, or its immediate disconnect. */
const WARM_BACKGROUND = `new Promise((resolve) => {
  const port = chrome.runtime.connect({ name: 'nemawashi:check' });
  function done() { try { port.disconnect(); } catch {} resolve(null); }
  port.onDisconnect.addListener(done);
  port.onMessage.addListener((m) => { if (m.type === 'result' || m.type === 'error') done(); });
  port.postMessage({ type: 'check', id: 1, field: 1, text: 'You need to send it.', audience: 'consensus', locale: 'en' });
  setTimeout(done, 60000);
})`;

interface Figures {
  first: number;
  firstCold: number;
  firstColdTask: number;
  firstHover: number;
  firstTask: number;
  typingTask: number;
  settle: number;
  pasteTask: number;
  pasteSettle: number;
}

async function openPage(context: import('playwright-core').BrowserContext, origin: string, kind: Kind, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(`${origin}/${kind}.html?${new URLSearchParams({ draft: text })}`);
  await page.waitForFunction(() => 'nwTest' in window);
  return page;
}

/** Focus the field (from the page, so that the clock starts at the focus) and wait for its check. */
async function focusAndSettle(page: Page, withFindings: boolean, hasExtension: boolean): Promise<{ ms: number; at: number; task: number }> {
  return page.evaluate(
    async ({ withFindings, hasExtension }) => {
      const w = window as any;
      const t0 = performance.now();
      (document.querySelector(w.nwTest.selector) as HTMLElement).focus();
      const t1 = hasExtension ? await w.nwSettled(withFindings, t0) : t0;
      // Let a long task that ended the check be reported.
      await new Promise((r) => setTimeout(r, 100));
      return { ms: t1 - t0, at: t1, task: w.nwLongest(t0, t1) };
    },
    { withFindings, hasExtension },
  );
}

/** Stop the extension's service worker, as Chrome does after 30 s idle. */
async function stopWorkers(context: import('playwright-core').BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function measure(target: Target, extDir: string | null, origin: string, kind: Kind): Promise<Figures> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-bench-'));
  const args = chromiumArgs(extDir);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, viewport: { width: 1280, height: 900 }, args });
  const has = !!extDir;
  try {
    if (has) {
      // The extension is installed and its background running (as in a browser started earlier).
      if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
      // Its welcome page opens on install: close it so that it does not compete.
      for (const p of context.pages()) if (p.url().includes('welcome')) await p.close();
      context.on('page', (p) => void p.waitForURL(/welcome/, { timeout: 10_000 }).then(() => p.close(), () => undefined));
      // A browser that has been running a while: the background has started (and, for a build
      // with the engine there, answered a check). A build without that port disconnects at once.
      const id = new URL(context.serviceWorkers()[0].url()).host;
      const ext = await context.newPage();
      await ext.goto(`chrome-extension://${id}/popup.html`);
      await ext.evaluate(WARM_BACKGROUND);
      await ext.close();
    }
    // 1. First findings in a 250-word draft.
    let page = await openPage(context, origin, kind, draft(250));
    const first = await focusAndSettle(page, true, has);
    await page.close();

    // 2. Typing 67 characters at the end of a 2,000-word draft.
    page = await openPage(context, origin, kind, draft(2000));
    await focusAndSettle(page, false, has);
    await page.keyboard.press('Control+End');
    const typingStart = await page.evaluate(() => new Promise<number>((r) => setTimeout(() => r(performance.now()), 300)));
    await page.keyboard.type(TYPED, { delay: 60 });
    const typing = await page.evaluate(
      async ({ from, has }) => {
        const w = window as any;
        const lastKey = w.nwLastKey as number;
        const done = has ? await w.nwSettled(false, lastKey) : performance.now();
        await new Promise((r) => setTimeout(r, 100));
        return { settle: done - lastKey, task: w.nwLongest(from, done) };
      },
      { from: typingStart, has },
    );

    // 3. Pasting 5,000 words (one input event) at the end of it.
    const pasteStart = await page.evaluate(() => performance.now());
    await page.keyboard.insertText(`\n${draft(5000)}`);
    const paste = await page.evaluate(
      async ({ from, has }) => {
        const w = window as any;
        // The paste's input event marks the field busy first.
        await new Promise((r) => setTimeout(r, 20));
        const done = has ? await w.nwSettled(false, from) : performance.now();
        await new Promise((r) => setTimeout(r, 150));
        return { settle: done - from, task: w.nwLongest(from, done + 100) };
      },
      { from: pasteStart, has },
    );
    await page.close();

    // 4. First findings again, in a new page, with the background stopped first (Chrome stops an
    // idle service worker after 30 s: the first focus after a pause wakes it).
    page = await openPage(context, origin, kind, draft(250));
    if (has) await stopWorkers(context, page);
    const cold = await focusAndSettle(page, true, has);
    await page.close();

    // 5. The same, but as a user gets there: the pointer comes to rest on the field DWELL_MS
    // before the click (the content script wakes the background on the pointer's arrival).
    page = await openPage(context, origin, kind, draft(250));
    if (has) await stopWorkers(context, page);
    await page.mouse.move(2, 2);
    await page.hover(await page.evaluate(() => (window as any).nwTest.selector as string));
    await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), DWELL_MS);
    const hovered = await focusAndSettle(page, true, has);
    await page.close();
    return { firstCold: cold.ms, firstColdTask: cold.task, firstHover: hovered.ms, first: first.ms, firstTask: first.task, typingTask: typing.task, settle: typing.settle, pasteTask: paste.task, pasteSettle: paste.settle };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    void target;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => (x === 0 ? '-' : String(Math.round(x)));

async function main(): Promise<void> {
  const { targets, runs, kinds } = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-bench-'));
  const server = await serve(await pages(path.join(tmp, 'pages')));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const copies = targets.map((t, i) => (t.dir ? benchCopy(t.dir, path.join(tmp, `ext-${i}`)) : null));
  console.log(`[bench] ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${runs} runs, interleaved`);
  for (const t of targets) if (t.dir) console.log(`[bench] ${t.label}: ${t.dir}: ${sizes(t.dir)}`);
  const results = new Map<string, Figures[]>();
  try {
    // Interleaved (run 1 of every build, then run 2 ...): the machine's mood is shared fairly.
    for (let r = 0; r < runs; r++) {
      for (const kind of kinds) {
        for (const [i, t] of targets.entries()) {
          const f = await measure(t, copies[i], origin, kind);
          const key = `${t.label}\u0000${kind}`;
          results.set(key, [...(results.get(key) ?? []), f]);
          process.stderr.write(`[bench] run ${r + 1} ${kind} ${t.label}: ${JSON.stringify(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v)])))}\n`);
        }
      }
    }
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const cols = ['first', 'first-task', 'typing-task', 'settle', 'paste-task', 'paste-settle', 'first (worker stopped)', 'its task', `pointer first (stopped, ${DWELL_MS} ms)`];
  console.log(`\n| field | build | ${cols.join(' | ')} |\n|---|---|${cols.map(() => '---:').join('|')}|`);
  for (const kind of kinds) {
    for (const t of targets) {
      const fs = results.get(`${t.label}\u0000${kind}`) ?? [];
      const m = (k: keyof Figures) => median(fs.map((f) => f[k]));
      const row = t.dir
        ? [ms(m('first')), ms(m('firstTask')), ms(m('typingTask')), ms(m('settle')), ms(m('pasteTask')), ms(m('pasteSettle')), ms(m('firstCold')), ms(m('firstColdTask')), ms(m('firstHover'))]
        : ['', ms(m('firstTask')), ms(m('typingTask')), '', ms(m('pasteTask')), '', '', ms(m('firstColdTask')), ''];
      console.log(`| ${kind} | ${t.label} | ${row.join(' | ')} |`);
    }
  }
  console.log('\nms; "-": no task over 50 ms (the longtask threshold). Targets (issue 11): first <= 500, no task > 50.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
