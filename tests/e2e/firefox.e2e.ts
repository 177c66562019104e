/**
 * Firefox: `wxt build -b firefox --mv3` builds, `web-ext lint` finds no errors, and in Debian's
 * firefox-esr (driven by puppeteer-core over WebDriver BiDi, extension installed temporarily) a
 * flagged draft gets a highlight and one suggestion applies. Skipped when there is no Firefox.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from './build';
import { NEUTRAL, check, fixCases } from './drafts';
import { ROOT } from './paths';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const RELEASE_DIR = path.join(ROOT, '.output/firefox-mv3');
const E2E_DIR = path.join(ROOT, '.output/firefox-mv3-e2e');

/**
 * The tab the add-on opens on install (its welcome page). Puppeteer sees it as a page created at
 * about:blank whose later navigation to moz-extension://<uuid>/welcome.html it does not report,
 * so each new page's location is read until one shows the welcome page. Call before installing.
 */
function welcomePage(browser: Browser, timeout = 30_000): Promise<Page> {
  let done = false;
  const found = new Promise<Page>((resolve, reject) => {
    const timer = setTimeout(() => {
      done = true;
      reject(new Error(`the add-on opened no welcome page within ${timeout / 1000} s of being installed`));
    }, timeout);
    browser.on('targetcreated', async (target) => {
      const page = await target.page().catch(() => null);
      while (!done && page && !page.isClosed()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.endsWith('/welcome.html')) {
          done = true;
          clearTimeout(timer);
          return resolve(page);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
  });
  found.catch(() => {}); // awaited by the caller; not unhandled if the install throws first
  return found;
}

describe.skipIf(!existsSync(FIREFOX))('Firefox', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;

  beforeAll(() => {
    // Built once and reused while their inputs are the same (tests/e2e/build.ts).
    console.log(`[firefox] ${ensureBuild(['build', '-b', 'firefox', '--mv3'], RELEASE_DIR)}`);
    console.log(`[firefox] ${ensureBuild(['build', '-b', 'firefox', '--mv3', '--mode', 'e2e'], E2E_DIR)}`);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('the release build passes web-ext lint without errors', () => {
    let out: string;
    try {
      out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', RELEASE_DIR, '--output', 'json', '--no-input'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      // web-ext exits non-zero on errors; its report is still on stdout.
      out = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: { code: string; message: string; file?: string }[]; warnings: unknown[] };
    console.log(`[firefox] web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 120_000);

  it('shows a highlight in firefox-esr and applies a suggestion', async () => {
    const fix = fixCases()[0];
    const draft = [NEUTRAL[0], fix.before, NEUTRAL[1]].join('\n');
    const html = `<!doctype html><meta charset="utf-8"><textarea id="field" style="width:600px;height:300px">${draft
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')}</textarea>`;
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    // The add-on opens its welcome page on install (entrypoints/background.ts, onInstalled), from
    // its background page, which in Firefox may start after installExtension has resolved: a tab
    // it opens after the test page becomes the selected tab, the test page is hidden and without
    // focus, focusing the field fires no focusin, and the checker is never imported (a user sees
    // it come on switching back to the tab). That was the "launch in which Firefox never runs the
    // content script" (9 of 20 launches; content script, storage and background all answered,
    // only the focus never arrived). So: wait for the welcome page, close it, then open the page.
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    const welcome = welcomePage(browser);
    await browser.installExtension(E2E_DIR);
    await (await welcome).close();
    const page = await browser.newPage();
    const consoleLines: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    await page.goto(url);
    // Focus events reach only the selected tab of a focused window: say so if another tab came on top.
    expect(await page.evaluate(() => `${document.visibilityState} focus=${document.hasFocus()}`)).toBe('visible focus=true');
    await page.focus('#field');
    await page.waitForFunction(() => !!document.querySelector('nemawashi-ui'), { timeout: 30_000 }).catch((error: Error) => {
      throw new Error(`no checker UI 30 s after focusing the field; console: ${JSON.stringify(consoleLines.slice(-5))}; ${error.message}`);
    });

    const inShadow = (selector: string) =>
      page.waitForFunction((sel) => document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector(sel), { timeout: 120_000 }, selector);
    const indicator = (await inShadow('[data-testid="nw-indicator"][data-busy="false"]')).asElement() as ElementHandle<Element>;
    const count = Number(await indicator.evaluate((el) => el.getAttribute('data-count')));
    expect(count).toBe(check(draft).length);
    const painted = await page.evaluate(() => {
      const texts: string[] = [];
      for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
        if (name.startsWith('nemawashi-')) for (const r of h) texts.push(r.toString());
      }
      return texts;
    });
    console.log(`[firefox] ${count} findings, painted: ${JSON.stringify(painted)}`);
    expect(painted).toContain(fix.paintedText);

    await indicator.click();
    const card = (await inShadow(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`)).asElement() as ElementHandle<Element>;
    const buttons = await card.$$('[data-testid="nw-suggestion"]');
    const labels = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent)));
    await buttons[labels.indexOf(fix.suggestion)].click();
    const expected = draft.replace(fix.before, fix.after);
    await page.waitForFunction((want) => (document.getElementById('field') as HTMLTextAreaElement).value === want, {}, expected);
    expect(errors).toEqual([]);
  }, 180_000);
});
