/**
 * npm run screenshots [-- --commit REV] [-- --skip-build]
 *
 * The README's and the stores' pictures, taken from the running build in Chromium (playwright-core
 * and Debian's chromium, as the E2E suite drives it), 1280x800 as the Chrome Web Store wants them,
 * into docs/images/:
 *   card-gmail.png  a card open in a Gmail-like compose window (tests/e2e/pages/gmail.html)
 *   popup.png       the toolbar popup over that window, summing up its draft
 *   options.png     Options
 *   practice.png    the practice page with a checked attempt (an example assignment)
 *   welcome.png     the welcome page that opens on install, its sample draft checked
 * and the store's icon (128x128) and small promo tile (440x280) into docs/store/.
 *
 * The extension is the E2E build (`wxt build --mode e2e`: the release build plus the test server's
 * origin), of the working tree or, with --commit, of a commit exported by `git archive` (uncommitted
 * work in the tree then shows in no picture). --skip-build reuses .output/chrome-mv3-e2e.
 * Launches Chromium: run it alone (`flock /tmp/nemawashi-e2e.lock npm run screenshots`).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { clickSpan, focusField, paintedSpans, settledCount } from '../tests/e2e/harness';
import { EXTENSION_DIR, ROOT, chromiumArgs, chromiumPath } from '../tests/e2e/paths';
import { exportCommit } from './zip-export';

const { values } = parseArgs({ options: { commit: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } } });
const IMAGES = path.join(ROOT, 'docs/images');
const STORE = path.join(ROOT, 'docs/store');
const PAGES = path.join(ROOT, 'tests/e2e/pages');
const VIEWPORT = { width: 1280, height: 800 };
/** Each picture stays light enough for a README. */
const MAX_BYTES = 200 * 1024;

function buildExtension(): string {
  if (values['skip-build'] && !values.commit) {
    if (!existsSync(EXTENSION_DIR)) throw new Error(`--skip-build: ${EXTENSION_DIR} does not exist`);
    return EXTENSION_DIR;
  }
  const root = values.commit ? exportCommit(ROOT, values.commit) : ROOT;
  const t0 = performance.now();
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  console.log(`[screenshots] built ${values.commit ? `commit ${values.commit}` : 'the working tree'} (e2e mode) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path.join(root, '.output/chrome-mv3-e2e');
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const file = path.join(dir, path.normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const saved: { file: string; bytes: number }[] = [];

async function shoot(page: Page, file: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<Buffer> {
  const png = await page.screenshot({ path: file, animations: 'disabled', caret: 'hide', ...options });
  saved.push({ file, bytes: png.length });
  return png;
}

/** Quiet inbox rows behind the docked compose window, so the picture reads as a mail client. */
async function dressAsInbox(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rows = [
      ['Kenji Sato', 'Q3 launch plan — Osaka feedback', 'Thanks for sharing the plan. The Osaka team has a few questions about…'],
      ['Aiko Tanaka', 'Forecast for the board', 'Please find the Q3 forecast attached. I am not sure the figures…'],
      ['Mei Suzuki', 'Venue for the partner day', 'The venue holds about forty people; shall we book the larger…'],
      ['HR Tokyo', 'Office closure on the 23rd', 'A reminder that the Tokyo office is closed on Monday the 23rd…'],
      ['Hiroshi Ito', 'Contract amendment', 'I have reviewed the amendment and marked two clauses we should…'],
      ['Team Calendar', 'Weekly sync moved to Thursday', 'The weekly sync moves to Thursday 10:00 JST from next week…'],
    ];
    const inbox = document.createElement('div');
    inbox.setAttribute('aria-hidden', 'true');
    inbox.style.cssText = 'position:absolute;inset:0;display:flex;font:14px Arial,sans-serif;color:#202124';
    inbox.innerHTML =
      '<div style="width:220px;padding:18px 12px;color:#444"><div style="font-size:20px;margin:0 0 18px 10px;color:#5f6368">Mail</div>' +
      '<div style="background:#c2e7ff;border-radius:16px;padding:14px 20px;width:110px;margin-bottom:16px;font-weight:600">✎ Compose</div>' +
      ['Inbox', 'Starred', 'Sent', 'Drafts'].map((n, i) => `<div style="padding:6px 12px;border-radius:0 16px 16px 0;${i === 0 ? 'background:#d3e3fd;font-weight:600' : ''}">${n}</div>`).join('') +
      '</div><div style="flex:1;margin:16px 16px 0 0;background:#fff;border-radius:16px;overflow:hidden">' +
      rows
        .map(
          ([who, subject, snippet]) =>
            `<div style="display:flex;gap:16px;padding:11px 18px;border-bottom:1px solid #f1f3f4;white-space:nowrap;overflow:hidden"><b style="width:150px">${who}</b><span><b>${subject}</b> <span style="color:#5f6368">— ${snippet}</span></span></div>`,
        )
        .join('') +
      '</div>';
    document.body.prepend(inbox);
  });
}

async function openGmail(context: BrowserContext, origin: string): Promise<Page> {
  const draft = readFileSync(path.join(ROOT, 'examples/email-tokyo-team.txt'), 'utf8').trimEnd();
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${origin}/gmail.html?${new URLSearchParams({ draft, to: 'kenji.sato@example.co.jp' })}`);
  await page.waitForFunction(() => 'nwTest' in window);
  await dressAsInbox(page);
  await focusField(page);
  const count = await settledCount(page);
  if (count === 0) throw new Error('the demo draft got no finding: nothing to show');
  return page;
}

/** A card open on an underline in the upper part of the compose body (so the card has room below). */
async function openCard(page: Page): Promise<string> {
  const spans = (await paintedSpans(page)).filter((s) => s.rect && s.rect.width > 8 && !s.inQuote);
  const span = spans.find((s) => /need|must|ASAP|decided/i.test(s.text)) ?? spans[0];
  if (!span) throw new Error('no underline to open');
  await clickSpan(page, span.text);
  await page.getByTestId('nw-finding').first().waitFor();
  // Let the card settle in its place (placement runs after it is measured).
  await page.waitForFunction(() => {
    const card = document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-finding"]');
    return !!card && card.getBoundingClientRect().height > 40;
  });
  return span.text;
}

async function popupOver(context: BrowserContext, extensionId: string, background: Buffer): Promise<void> {
  const popup = await context.newPage();
  // The popup asks for the active tab of its window; opened as a tab of its own it would be that
  // tab. Point it at the compose window's tab (its summary is asked of that tab's content script),
  // shown with Gmail's address, as when the toolbar button is pressed in Gmail: the test server's
  // 127.0.0.1:port would read as a site that is not switched on.
  await popup.addInitScript(() => {
    const tabs = (globalThis as any).chrome.tabs;
    const query = tabs.query.bind(tabs);
    tabs.query = async (q: object) => {
      const all = await query({});
      const compose = all.find((t: { url?: string }) => t.url?.includes('/gmail.html'));
      return compose ? [{ ...compose, url: 'https://mail.google.com/mail/u/0/#inbox?compose=new' }] : query(q);
    };
  });
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The draft's summary, once the content script answered (it shows the findings' count).
  await popup.getByText(/phrases? to review/i).first().waitFor({ timeout: 15_000 });
  // As Chrome sizes a popup: to what its content takes.
  const box = await popup.evaluate(() => {
    let width = 0;
    let height = 0;
    // The popup's box and whatever overflows it (a wrapper around it spans the whole viewport).
    const root = document.querySelector('.nw-popup') ?? document.body;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      width = Math.max(width, r.right);
      height = Math.max(height, r.bottom);
    }
    const style = getComputedStyle(document.body);
    return { width: Math.ceil(width + parseFloat(style.marginRight)), height: Math.ceil(height + parseFloat(style.marginBottom)) };
  });
  const shot = await popup.screenshot({ clip: { x: 0, y: 0, width: box.width, height: box.height }, animations: 'disabled' });
  await popup.close();
  // The popup as Chrome shows it: hanging from the toolbar over the page.
  const frame = await context.newPage();
  await frame.setViewportSize(VIEWPORT);
  await frame.setContent(
    `<body style="margin:0;width:${VIEWPORT.width}px;height:${VIEWPORT.height}px;overflow:hidden;background:#fff">` +
      `<img src="data:image/png;base64,${background.toString('base64')}" style="position:absolute;inset:0;filter:brightness(.97)">` +
      `<img src="data:image/png;base64,${shot.toString('base64')}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.08)">` +
      '</body>',
  );
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete));
  await shoot(frame, path.join(IMAGES, 'popup.png'));
  await frame.close();
}

/** The tab the extension opened on install (or a new one, if it did not within 15 s). */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = context.pages().find((p) => p.url().includes('/welcome.html'));
    if (page) return page;
    if (Date.now() > deadline) {
      const opened = await context.newPage();
      await opened.goto(`chrome-extension://${extensionId}/welcome.html`);
      return opened;
    }
    // A new tab may show about:blank before it navigates: look again at the next page or in a second.
    await context.waitForEvent('page', { timeout: 1000 }).catch(() => undefined);
  }
}

async function practice(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.getByTestId('pr-tab-import').click();
  await page.getByTestId('pr-try-examples').click();
  await page.getByTestId('pr-nav-assignment').filter({ hasText: 'Moving the launch date' }).click();
  await page.getByTestId('pr-title').filter({ hasText: 'Moving the launch date' }).waitFor();
  const busy = () => document.querySelector('[data-testid="pr-findings"]')?.getAttribute('data-busy') === 'false';
  await page.waitForFunction(busy, undefined, { timeout: 30_000 });
  // A first attempt, checked: the score per goal and the attempts table.
  const rows = () => page.getByTestId('pr-attempts').locator('tbody tr').count();
  const before = await rows();
  await page.getByTestId('pr-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="pr-attempts"] tbody tr').length === n + 1, before);
  await page.getByTestId('pr-score').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, path.join(IMAGES, 'practice.png'));
  await page.close();
}

async function storeArt(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const mark = (size: number) =>
    `<div style="width:${size}px;height:${size}px;border-radius:${size * 0.22}px;background:linear-gradient(145deg,#1d4ed8,#4338ca);display:flex;align-items:center;justify-content:center;position:relative">` +
    `<span style="font:700 ${size * 0.62}px 'Liberation Sans',Arial,sans-serif;color:#fff;line-height:1;margin-top:-${size * 0.08}px">N</span>` +
    `<svg viewBox="0 0 100 12" style="position:absolute;left:22%;right:22%;bottom:${size * 0.16}px;width:56%;height:${size * 0.09}px"><path d="M2 6 Q 14.5 0 27 6 T 52 6 T 77 6 T 98 6" fill="none" stroke="#fcd34d" stroke-width="5" stroke-linecap="round"/></svg></div>`;
  await page.setViewportSize({ width: 128, height: 128 });
  await page.setContent(`<body style="margin:0;background:transparent">${mark(128)}</body>`);
  await shoot(page, path.join(STORE, 'icon-128.png'), { clip: { x: 0, y: 0, width: 128, height: 128 } });
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(
    `<body style="margin:0;width:440px;height:280px;background:#f6f8fc;font-family:'Liberation Sans',Arial,sans-serif;display:flex;align-items:center;gap:22px;padding:0 30px;box-sizing:border-box">` +
      `${mark(96)}<div><div style="font-size:34px;font-weight:700;color:#1e293b">Nemawashi</div>` +
      `<div style="font-size:16px;color:#334155;margin-top:8px;line-height:1.35">Check how your email will land<br>with the people you write to.</div>` +
      `<div style="font-size:13px;color:#64748b;margin-top:10px">Runs locally · no draft leaves your browser</div></div></body>`,
  );
  await shoot(page, path.join(STORE, 'promo-440x280.png'));
  await page.close();
}

async function main(): Promise<void> {
  const started = performance.now();
  const extensionDir = buildExtension();
  mkdirSync(IMAGES, { recursive: true });
  const server = await serve(PAGES);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: chromiumArgs(extensionDir, ['--hide-scrollbars', '--lang=en-US']),
  });
  // Nothing leaves the machine, here either.
  await context.route((url) => !(url.href.startsWith(origin) || url.protocol === 'chrome-extension:' || url.protocol === 'data:'), (route) => route.abort());
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;

    // The welcome page, as it opens on install: its sample draft checked.
    const welcome = await welcomeTab(context, extensionId);
    await welcome.setViewportSize(VIEWPORT);
    await welcome.getByTestId('welcome').waitFor();
    await welcome.waitForFunction(() => document.querySelector('[data-testid="pr-findings"]')?.getAttribute('data-busy') === 'false', undefined, {
      timeout: 30_000,
    });
    await shoot(welcome, path.join(IMAGES, 'welcome.png'));
    await welcome.close();

    const gmail = await openGmail(context, origin);
    const plain = await gmail.screenshot({ animations: 'disabled', caret: 'hide' });
    const phrase = await openCard(gmail);
    await shoot(gmail, path.join(IMAGES, 'card-gmail.png'));
    await gmail.keyboard.press('Escape');
    await popupOver(context, extensionId, plain);
    await gmail.close();

    const options = await context.newPage();
    await options.setViewportSize(VIEWPORT);
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('heading').first().waitFor();
    await options.waitForLoadState('networkidle');
    await shoot(options, path.join(IMAGES, 'options.png'));
    await options.close();

    await practice(context, extensionId);
    await storeArt(context);

    console.log(`[screenshots] card opened on "${phrase}"`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  let heavy = 0;
  for (const { file, bytes } of saved) {
    const over = bytes > MAX_BYTES;
    if (over) heavy++;
    console.log(`  ${path.relative(ROOT, file).padEnd(32)} ${(bytes / 1024).toFixed(1).padStart(7)} KB${over ? '  (over 200 KB)' : ''}`);
  }
  console.log(`[screenshots] ${saved.length} pictures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (heavy) process.exitCode = 1;
}

await main();
