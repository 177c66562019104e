/**
 * A real Chromium with the built extension loaded, a static server for the test pages on
 * 127.0.0.1, and helpers that read the UI through the test contract (DESIGN.md) and the page's
 * editor through its own API (window.nwTest.getText()).
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR, PAGES_DIR, chromiumArgs, chromiumPath } from './paths';

export const FIELD_KINDS = ['textarea', 'contenteditable', 'gmail', 'outlook', 'tiptap', 'quill', 'draft', 'lexical', 'slate'] as const;
/** Test pages: one per field kind, and csp.html (a contenteditable under a strict CSP). */
export type FieldKind = (typeof FIELD_KINDS)[number] | 'csp';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const name = path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const file = path.join(dir, name);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    // csp.html stands for Gmail's strict policy: no inline script, no eval, Trusted Types.
    if (name === 'csp.html') {
      headers['content-security-policy'] =
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface Harness {
  context: BrowserContext;
  origin: string;
  extensionId: string;
  /** Requests that went anywhere but the test server or the extension itself. */
  foreignRequests: string[];
  pageErrors: string[];
  /** The welcome page the extension opened on install (closed at once unless `keepWelcome`). */
  welcome: Promise<string>;
  open(kind: FieldKind, draft: string, quote?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { keepWelcome?: boolean } = {}): Promise<Harness> {
  const server = await serve(PAGES_DIR);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  // The extension opens its welcome page on install; other tests do not need it (it checks a
  // sample draft, which costs a shared machine's time), so it is closed as soon as it shows.
  let welcomed: (url: string) => void = () => {};
  const welcome = new Promise<string>((resolve) => (welcomed = resolve));
  const spot = async (page: Page) => {
    if (!page.url().includes('/welcome.html')) await page.waitForURL(/\/welcome\.html/, { timeout: 30_000 }).catch(() => undefined);
    if (!page.url().includes('/welcome.html')) return;
    welcomed(page.url());
    if (!options.keepWelcome) await page.close().catch(() => undefined);
  };
  context.on('page', (page) => void spot(page));
  for (const page of context.pages()) void spot(page);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  // The same server by name (localhost) stands for a site the user switches on (sites.e2e.ts).
  const named = origin.replace('127.0.0.1', 'localhost');
  const isOurs = (url: string) =>
    url.startsWith(origin) || url.startsWith(named) || url.startsWith('chrome-extension://') || url.startsWith('data:');
  context.on('request', (request) => {
    if (!isOurs(request.url())) foreignRequests.push(request.url());
  });
  // Nothing may leave the machine: whatever is not the test server is counted (above) and refused.
  await context.route((url) => !isOurs(url.href), (route) => route.abort());
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (m) => {
      if (process.env.NW_E2E_CONSOLE) console.log(`[console.${m.type()}]`, m.text());
      // The extension reports its own trouble as "[nemawashi] ..." warnings: count them as errors.
      if (m.text().startsWith('[nemawashi]')) pageErrors.push(`${page.url()}: ${m.text()}`);
    });
  });

  return {
    context,
    origin,
    extensionId,
    foreignRequests,
    pageErrors,
    welcome,
    async open(kind, draft, quote) {
      const page = await context.newPage();
      const params = new URLSearchParams({ draft });
      if (quote) params.set('quote', quote);
      await page.goto(`${origin}/${kind}.html?${params}`);
      await page.waitForFunction(() => 'nwTest' in window);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- reading the page ----

export function indicator(page: Page) {
  return page.getByTestId('nw-indicator');
}

export async function focusField(page: Page): Promise<void> {
  const selector = await page.evaluate(() => (window as any).nwTest.selector as string);
  await page.locator(selector).focus();
}

/** The text as the page's editor holds it (textarea value, innerText, editor.getText() ...). */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as any).nwTest.getText() as string);
}

/** Wait until the check is done and the indicator shows a count; returns it. */
export async function settledCount(page: Page, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const host = document.querySelector('nemawashi-ui');
      const el = host?.shadowRoot?.querySelector('[data-testid="nw-indicator"]');
      // An object, so that a count of 0 is still a (truthy) answer.
      return el && el.getAttribute('data-busy') === 'false' ? { count: Number(el.getAttribute('data-count')) } : null;
    },
    undefined,
    { timeout, polling: 20 },
  );
  return ((await handle.jsonValue()) as { count: number }).count;
}

/** How many checks the page has painted (the UI host's data-checks; 0 before the UI exists). */
export function checksPainted(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('nemawashi-ui')?.getAttribute('data-checks') ?? 0));
}

/** Wait until a check later than the `after`-th is painted and nothing is pending; returns the count. */
export async function settledCountAfter(page: Page, after: number, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const host = document.querySelector('nemawashi-ui');
      const el = host?.shadowRoot?.querySelector('[data-testid="nw-indicator"]');
      if (!el || Number(host!.getAttribute('data-checks') ?? 0) <= n || el.getAttribute('data-busy') !== 'false') return null;
      return { count: Number(el.getAttribute('data-count')) };
    },
    after,
    { timeout, polling: 20 },
  );
  return ((await handle.jsonValue()) as { count: number }).count;
}

/** Let the page run what an event queued and draw twice (React renders a store change by then). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
}

export interface PaintedSpan {
  text: string;
  mark: string;
  /** The range is inside the element matched by nwTest.quoteSelector. */
  inQuote: boolean;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/** What our CSS highlights cover, read from the page's highlight registry. */
export function paintedSpans(page: Page): Promise<PaintedSpan[]> {
  return page.evaluate(() => {
    const quoteSelector = (window as any).nwTest.quoteSelector as string | undefined;
    const quote = quoteSelector ? document.querySelector(quoteSelector) : null;
    const spans: PaintedSpan[] = [];
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('nemawashi-') || name.endsWith('-active')) continue;
      for (const range of highlight) {
        const r = range.getClientRects()[0];
        spans.push({
          text: range.toString(),
          mark: name.split('-').pop()!,
          inQuote: !!quote && quote.contains(range.startContainer),
          rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
        });
      }
    }
    return spans;
  });
}

/** Click in the middle of the painted span for `text` (opens its card). */
export async function clickSpan(page: Page, text: string): Promise<void> {
  const span = (await paintedSpans(page)).find((s) => s.text === text && s.rect);
  if (!span?.rect) throw new Error(`no painted span "${text}"`);
  await page.mouse.click(span.rect.x + Math.min(span.rect.width / 2, 20), span.rect.y + span.rect.height / 2);
}

/**
 * What the field shows and what the editor's model holds, both with blank lines, no-break spaces
 * and zero-width caret placeholders normalised: an editor whose DOM was changed behind its back
 * shows one and holds another.
 */
export function shownAndHeld(page: Page): Promise<{ shown: string; held: string }> {
  return page.evaluate(() => {
    const t = (window as any).nwTest;
    const field = document.querySelector(t.selector) as HTMLElement;
    // Slate renders an empty line as a zero-width no-break space (U+FEFF) for the caret: not text.
    const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\ufeff/g, '').replace(/\n+/g, '\n').trim();
    const shown = field instanceof HTMLTextAreaElement ? field.value : field.innerText;
    return { shown: norm(shown), held: norm(t.getText()) };
  });
}

export async function waitForModel(page: Page, expected: string, timeout = 5_000): Promise<void> {
  await page
    .waitForFunction((want) => (window as any).nwTest.getText() === want, expected, { timeout, polling: 20 })
    .catch(async () => {
      throw new Error(`editor model never became:\n${JSON.stringify(expected)}\nit is:\n${JSON.stringify(await modelText(page))}`);
    });
}
