/**
 * "Before you send" in Gmail-like and Outlook-like compose windows: off by default; when on, Send
 * with warnings open (a click, the site's keyboard Send, or Enter/Space on the Send button) is held and the nudge shows; "Send
 * anyway" or a second Send sends.
 * Nothing is held when there is no warning.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, check, flaggedSentences } from './drafts';
import { focusField, launch, settledCount, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function setNudge(on: boolean): Promise<void> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  // The storage item local:sendNudge (lib/storage/settings.ts), as the options page sets it.
  await page.evaluate((value) => (globalThis as any).chrome.storage.local.set({ sendNudge: value }), on);
  await page.close();
}

const sent = (page: Page) => page.evaluate(() => (window as any).nwSent as number);

describe.each(['gmail', 'outlook'] as const)('%s', (kind) => {
  const warning = () => flaggedSentences().find((s) => check(s).some((f) => f.severity === 'warning'))!;

  it('is off by default: Send sends', async () => {
    const page = await harness.open(kind, [NEUTRAL[0], warning()].join('\n'));
    await focusField(page);
    await settledCount(page);
    await page.click('#send');
    expect(await sent(page)).toBe(1);
    expect(await page.getByTestId('nw-nudge').count()).toBe(0);
    await page.close();
  });

  it('when on, holds Send once with warnings open; "Send anyway" sends', async () => {
    await setNudge(true);
    const page = await harness.open(kind, [NEUTRAL[0], warning()].join('\n'));
    await focusField(page);
    await settledCount(page);
    await page.click('#send');
    await page.getByTestId('nw-nudge').waitFor();
    expect(await page.getByTestId('nw-nudge').textContent()).toMatch(/phrases? may read as .* review or send anyway/);
    expect(await sent(page)).toBe(0);
    await page.getByTestId('nw-send-anyway').click();
    await expect.poll(() => sent(page)).toBe(1);
    expect(await page.getByTestId('nw-nudge').count()).toBe(0);

    // Pressing Send again while the nudge shows sends too.
    await page.click('#send');
    await page.getByTestId('nw-nudge').waitFor();
    await page.click('#send');
    await expect.poll(() => sent(page)).toBe(2);
    await page.close();
  });

  it("when on, holds the keyboard Send (Ctrl+Enter) as it holds a click; \"Send anyway\" presses the compose window's Send", async () => {
    await setNudge(true);
    const page = await harness.open(kind, [NEUTRAL[1], warning()].join('\n'));
    await focusField(page);
    await settledCount(page);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('nw-nudge').waitFor();
    expect(await sent(page)).toBe(0);
    await page.getByTestId('nw-send-anyway').click();
    await expect.poll(() => sent(page)).toBe(1);
    expect(await page.getByTestId('nw-nudge').count()).toBe(0);
    await setNudge(false);
    await page.close();
  });

  it('when on, holds Send reached with Tab and pressed with Enter or Space; a second press sends', async () => {
    await setNudge(true);
    const page = await harness.open(kind, [NEUTRAL[2], warning()].join('\n'));
    await focusField(page);
    await settledCount(page);
    for (const [i, key] of (['Enter', ' '] as const).entries()) {
      await page.focus('#send');
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.getByTestId('nw-nudge').waitFor();
      expect(await sent(page), `${key === ' ' ? 'Space' : key} was held`).toBe(i);
      await page.focus('#send');
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => sent(page)).toBe(i + 1);
      expect(await page.getByTestId('nw-nudge').count()).toBe(0);
    }
    await setNudge(false);
    await page.close();
  });

  it('when on, lets Send through at once when there is no warning', async () => {
    await setNudge(true);
    const page = await harness.open(kind, NEUTRAL.slice(0, 3).join('\n'));
    await focusField(page);
    await settledCount(page);
    await page.click('#send');
    expect(await sent(page)).toBe(1);
    expect(await page.getByTestId('nw-nudge').count()).toBe(0);
    await setNudge(false);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
