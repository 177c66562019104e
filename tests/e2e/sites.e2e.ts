/**
 * Sites other than Gmail and Outlook: nothing runs there until the user switches the site on;
 * then the popup registers the content script for that origin (entrypoints/popup/sites.ts) and it
 * checks fields there like anywhere else. Switching the site off stops checking in open tabs.
 * (The permission prompt itself cannot be clicked in a test: the e2e build holds localhost's
 * permission already, as if granted.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixCases } from './drafts';
import { focusField, launch, paintedSpans, settledCount, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Run in an extension page, with the extension's APIs (the popup's own calls). */
async function inExtension<T>(fn: (arg: string) => Promise<T>, arg: string): Promise<T> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  const result = await page.evaluate(fn, arg);
  await page.close();
  return result;
}

describe('a site the user switches on', () => {
  it('is not checked before, is checked once registered, and stops when switched off', async () => {
    const url = `${harness.origin.replace('127.0.0.1', 'localhost')}/textarea.html?${new URLSearchParams({ draft: fixCases()[0].before })}`;
    // A tab opened before the switch (it stays open: a registration reaches only pages loaded after it).
    const before = await harness.context.newPage();
    await before.goto(url);
    await focusField(before);
    expect(await before.locator('nemawashi-ui').count(), 'nothing runs on a site that is not switched on').toBe(0);

    // What enableSite() does after the permission is granted: remember the switch, register.
    const origin = new URL(url).origin;
    await inExtension(async (o) => {
      const c = (globalThis as any).chrome;
      await c.storage.local.set({ sites: { [o]: true } });
      await c.scripting.registerContentScripts([
        { id: 'nemawashi-sites', matches: ['http://localhost/*'], js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    }, origin);

    const page = await harness.context.newPage();
    await page.goto(url);
    await focusField(page);
    expect(await settledCount(page)).toBeGreaterThan(0);
    expect((await paintedSpans(page)).length).toBeGreaterThan(0);
    // The tab from before had its field focused all that time (longer than this page took to load
    // and check): nothing ran there.
    expect(await before.locator('nemawashi-ui').count(), 'nothing ran on the site before it was switched on').toBe(0);
    await before.close();

    // Switched off from the popup: the open tab lets the field go.
    await inExtension(async (o) => {
      const c = (globalThis as any).chrome;
      await c.storage.local.set({ sites: { [o]: false } });
      await c.scripting.unregisterContentScripts({ ids: ['nemawashi-sites'] });
    }, origin);
    await expect.poll(async () => (await paintedSpans(page)).length).toBe(0);
    await expect.poll(() => page.locator('[data-nemawashi="checked"]').count()).toBe(0);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
