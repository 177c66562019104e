/**
 * A first run that shows the way, and controls that exist: the welcome page opens on install
 * (a sample draft checked live, a suggestion that applies, the reader choice stored), Options
 * holds the "before you send" switch and the list of switched-on sites, and the practice and
 * builder pages are linked from the popup and Options.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ keepWelcome: true });
});
afterAll(async () => {
  await harness?.close();
});

const stored = (page: Page, key: string) => page.evaluate(async (k) => (await (globalThis as any).chrome.storage.local.get(k))[k], key);

async function settled(page: Page): Promise<number> {
  await page.waitForFunction(() => document.querySelector('[data-testid="pr-findings"]')?.getAttribute('data-busy') === 'false', undefined, {
    timeout: 30_000,
  });
  return Number(await page.getByTestId('pr-findings').getAttribute('data-count'));
}

describe('first run', () => {
  it('opens the welcome page on install: a sample to try a card on, the reader choice, practice, privacy', async () => {
    const url = await harness.welcome;
    expect(url).toBe(`chrome-extension://${harness.extensionId}/welcome.html`);
    const page = harness.context.pages().find((p) => p.url() === url)!;
    await page.getByTestId('welcome').waitFor();
    const field = page.getByTestId('welcome-editor').getByRole('textbox');
    const count = await settled(page);
    expect(count).toBeGreaterThan(0);

    // A suggestion from a card applies to the sample.
    const before = await field.inputValue();
    const suggestion = page.getByTestId('nw-suggestion').first();
    const text = (await suggestion.textContent())!;
    await suggestion.click();
    await expect.poll(() => field.inputValue()).toContain(text);
    expect(await field.inputValue()).not.toBe(before);

    // The reader choice is the default audience; the sample follows it.
    expect(await page.getByTestId('welcome-reader-consensus').isChecked()).toBe(true);
    await page.getByTestId('welcome-reader-results-first').check();
    await expect.poll(() => stored(page, 'audience')).toBe('results-first');
    await expect.poll(() => field.inputValue()).toContain('As you may know');
    expect(await settled(page)).toBeGreaterThan(0);
    await page.getByTestId('welcome-reader-consensus').check();
    await expect.poll(() => stored(page, 'audience')).toBe('consensus');

    // Where practice lives, and the privacy promise.
    expect(await page.getByTestId('welcome-practice').getAttribute('href')).toBe(`chrome-extension://${harness.extensionId}/practice.html`);
    expect(await page.getByTestId('welcome-builder').getAttribute('href')).toBe(`chrome-extension://${harness.extensionId}/builder.html`);
    expect(await page.locator('.wl-privacy').textContent()).toMatch(/No draft text is ever sent/);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('Options', () => {
  it('has the "before you send" switch and the sites list, with a way to switch a site off', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const nudge = page.getByTestId('send-nudge');
    await expect.poll(() => nudge.isEnabled()).toBe(true);
    // One type scale: no text under 13 px (Chromium shrinks an extension page's body to 75%).
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    expect(await nudge.isChecked()).toBe(false);
    await nudge.check();
    await expect.poll(() => stored(page, 'sendNudge')).toBe(true);
    await nudge.uncheck();
    await expect.poll(() => stored(page, 'sendNudge')).toBe(false);

    // Built-in sites with their switches; a site switched on from the popup, with "Switch off".
    const rows = page.getByTestId('site-row');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-origin')))).toEqual([
      'https://mail.google.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook.live.com',
    ]);
    await page.evaluate(() => (globalThis as any).chrome.storage.local.set({ sites: { 'http://localhost': true } }));
    const local = page.locator('[data-testid="site-row"][data-origin="http://localhost"]');
    await local.waitFor();
    await local.getByTestId('site-off').click();
    await local.waitFor({ state: 'detached' });
    expect(await stored(page, 'sites')).toEqual({ 'http://localhost': false });

    await page.locator('[data-testid="site-row"][data-origin="https://mail.google.com"] input').uncheck();
    await expect.poll(() => stored(page, 'sites')).toEqual({ 'http://localhost': false, 'https://mail.google.com': false });
    await page.evaluate(() => (globalThis as any).chrome.storage.local.remove('sites'));

    // The practice and builder pages are linked, and open.
    for (const [id, title] of [
      ['link-practice', /practice/i],
      ['link-builder', /builder/i],
    ] as const) {
      const href = (await page.getByTestId(id).getAttribute('href'))!;
      const opened = await harness.context.newPage();
      await opened.goto(href);
      await expect.poll(() => opened.title()).toMatch(title);
      await opened.close();
    }
    await page.close();
  });
});

describe('the popup', () => {
  it('links the practice and builder pages', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    expect(await page.getByTestId('popup-practice').getAttribute('href')).toBe(`chrome-extension://${harness.extensionId}/practice.html`);
    expect(await page.getByTestId('popup-builder').getAttribute('href')).toBe(`chrome-extension://${harness.extensionId}/builder.html`);
    await page.close();
  });
});
