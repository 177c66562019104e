/**
 * Fields come and go: nothing is loaded until a field is focused; a reply box added later is
 * picked up; one that leaves the page is let go (its highlights and indicator with it); one-line
 * and password inputs are never checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases } from './drafts';
import { launch, paintedSpans, settledCount, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('fields that come and go', () => {
  it('loads nothing before a focus, picks up a new reply box, lets a removed one go', async () => {
    // The page records, from before any script of its own or ours runs, the order in which
    // fields got focus and our UI host appeared: it must appear only after the reply box's focus.
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      const log: string[] = ((window as any).__nwLog = []);
      document.addEventListener('focusin', (e) => log.push(`focus #${(e.target as Element).id}`), true);
      new MutationObserver(() => {
        if (!log.includes('ui') && document.querySelector('nemawashi-ui')) log.push('ui');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${harness.origin}/textarea.html?${new URLSearchParams({ draft: NEUTRAL[0] })}`);
    await page.waitForFunction(() => 'nwTest' in window);
    expect(await page.locator('nemawashi-ui').count(), 'no UI (and no engine) before a field is focused').toBe(0);

    // Password and search inputs are never checked.
    await page.locator('#password').focus();
    await page.keyboard.type('You need to send it ASAP');
    await page.locator('#search').focus();
    expect(await page.locator('nemawashi-ui').count()).toBe(0);

    // A reply box that appears later, as in a chat thread.
    const flagged = fixCases()[0];
    await page.evaluate((text) => {
      const reply = document.createElement('div');
      reply.id = 'reply';
      reply.contentEditable = 'true';
      reply.style.cssText = 'width:500px;min-height:80px;border:1px solid #999';
      reply.textContent = text;
      document.body.append(reply);
    }, flagged.before);
    await page.locator('#reply').focus();
    expect(await settledCount(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).__nwLog), 'the UI came with the first checkable field').toEqual([
      'focus #password',
      'focus #search',
      'focus #reply',
      'ui',
    ]);
    expect(await page.locator('#reply').getAttribute('data-nemawashi')).toBe('checked');
    expect((await paintedSpans(page)).map((s) => s.text)).toContain(flagged.paintedText);

    await page.evaluate(() => document.getElementById('reply')!.remove());
    await expect.poll(async () => (await paintedSpans(page)).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('nw-indicator').count(), { timeout: 10_000 }).toBe(0);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a stopped background (Chrome stops an idle service worker after 30 s)', () => {
  it('starts when the pointer rests on a field, before any focus, and no UI loads for it', async () => {
    // The welcome page (opened at install) checks a sample draft: it must be gone first.
    await harness.welcome;
    await expect.poll(() => harness.context.pages().some((p) => p.url().includes('/welcome.html')), { timeout: 30_000 }).toBe(false);
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}/textarea.html?${new URLSearchParams({ draft: NEUTRAL[0] })}`);
    await page.waitForFunction(() => 'nwTest' in window);
    const cdp = await harness.context.newCDPSession(page);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const anyRunning = () => [...status.values()].some((s) => s === 'running' || s === 'starting');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => status.size > 0 && !anyRunning(), { timeout: 10_000 }).toBe(true);

    // Nothing wakes it while the pointer is elsewhere (a control: the page alone does not).
    await page.mouse.move(5, 5);
    await page.locator('#password').hover();
    expect(anyRunning(), 'the page alone started the background').toBe(false);
    // The pointer over the draft field wakes it.
    await page.locator('#field').hover();
    await expect.poll(anyRunning, { timeout: 10_000 }).toBe(true);
    expect(await page.locator('nemawashi-ui').count(), 'a hover loads no UI').toBe(0);
    await cdp.detach();
    await page.close();
  });
});

describe('a page with a strict CSP and Trusted Types (as Gmail has)', () => {
  it('still loads the checker, paints and applies', async () => {
    const fix = fixCases()[0];
    const page = await harness.open('csp', [NEUTRAL[0], fix.before].join('\n'));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await page.locator('#field').focus();
    expect(await settledCount(page)).toBeGreaterThan(0);
    expect((await paintedSpans(page)).map((s) => s.text)).toContain(fix.paintedText);
    await page.getByTestId('nw-indicator').click();
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`).getByTestId('nw-suggestion').filter({ hasText: fix.suggestion }).click();
    await expect.poll(() => page.evaluate(() => (window as any).nwTest.getText())).toContain(fix.after);
    expect(violations).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
