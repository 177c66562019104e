/**
 * Ignore is remembered for the draft, across a reload, without keeping its words (docs/extension.md,
 * "Undo"): the key is a hash of the draft (Gmail's compose id, else the page's address), the rule
 * and the words. Driven as a user would: a card opened with the mouse, its Ignore pressed, the page
 * reloaded; what is shown is read from the page (underlines, the findings list), and the extension's
 * storage from one of its own pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases, type FixCase } from './drafts';
import { clickSpan, focusField, launch, paintedSpans, settledCount, type Harness } from './harness';

let harness: Harness;
let a: FixCase;
let b: FixCase;
beforeAll(async () => {
  harness = await launch();
  const fixes = fixCases();
  a = fixes[0];
  // A second finding of another rule, underlined elsewhere: it must stay when `a` is ignored.
  b = fixes.find((f) => f.rule !== a.rule && !f.paintedText.includes(a.paintedText) && !a.paintedText.includes(f.paintedText))!;
});
afterAll(async () => {
  await harness?.close();
});

/** Words no pack, setting or page of the extension holds: if storage ever has them, they came from the draft. */
const MARKER = 'Marisol Vantongeren will join the call from Valparaiso.';
const draft = () => [a.before, MARKER, NEUTRAL[1], b.before].join('\n');

/** Everything the extension keeps, every storage area, read from one of its own pages. */
async function storageDump(): Promise<{ local: Record<string, unknown>; all: string }> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  const areas = await page.evaluate(async () => {
    const c = (globalThis as any).chrome.storage;
    return { local: await c.local.get(null), session: await c.session.get(null), sync: await c.sync.get(null) };
  });
  await page.close();
  return { local: areas.local, all: JSON.stringify(areas) };
}

async function ignoredKeys(): Promise<string[]> {
  return Object.keys(((await storageDump()).local.ignoredFindings as Record<string, number> | undefined) ?? {});
}

/** The rules of the findings the page shows (its findings list, opened from the indicator). */
async function shownRules(page: Page): Promise<string[]> {
  await page.getByTestId('nw-indicator').click();
  const cards = page.getByTestId('nw-finding');
  await cards.first().waitFor();
  const rules = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id') ?? ''));
  await page.keyboard.press('Escape');
  return rules;
}

const underlined = async (page: Page, text: string) => (await paintedSpans(page)).filter((s) => s.text === text).length;

async function settle(page: Page): Promise<number> {
  await focusField(page);
  return settledCount(page);
}

/** Open `fix`'s card with the mouse and press its Ignore (the field checked, showing `count` findings). */
async function ignoreFromCard(page: Page, fix: FixCase, count: number): Promise<void> {
  await clickSpan(page, fix.paintedText);
  const card = page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`);
  await card.waitFor();
  await card.getByTestId('nw-ignore').click();
  await expect.poll(() => settledCount(page)).toBe(count - 1);
}

async function openGmail(text: string, compose: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/gmail.html?${new URLSearchParams({ draft: text })}#inbox?compose=${compose}`);
  await page.waitForFunction(() => 'nwTest' in window);
  return page;
}

describe('Ignore, remembered for the draft', () => {
  it('an ignored finding stays ignored after a reload of the same draft; the others stay shown; storage holds no word of it', async () => {
    const keysBefore = await ignoredKeys();
    const page = await harness.open('textarea', draft());
    const count = await settle(page);
    const underlinedA = await underlined(page, a.paintedText);
    expect(underlinedA).toBeGreaterThan(0);
    await ignoreFromCard(page, a, count);
    // That underline goes; the other finding's stays.
    await expect.poll(() => underlined(page, a.paintedText)).toBe(underlinedA - 1);
    expect(await underlined(page, b.paintedText)).toBeGreaterThan(0);
    // Remembered: one more key in storage.
    await expect.poll(async () => (await ignoredKeys()).length).toBe(keysBefore.length + 1);

    await page.reload();
    await page.waitForFunction(() => 'nwTest' in window);
    expect(await settle(page)).toBe(count - 1);
    expect(await underlined(page, a.paintedText)).toBe(underlinedA - 1);
    const rules = await shownRules(page);
    expect(rules).not.toContain(a.rule);
    expect(rules).toContain(b.rule);

    // The key is a hash: no word of the draft anywhere in what the extension keeps.
    const { local, all } = await storageDump();
    const ignored = local.ignoredFindings as Record<string, number>;
    for (const [key, until] of Object.entries(ignored)) {
      expect(key).toMatch(/^[0-9a-z]{6,12}$/);
      expect(until).toBeGreaterThan(Date.now());
    }
    const words = new Set(draft().toLowerCase().match(/[a-z]{5,}/g));
    expect(words.size).toBeGreaterThan(8);
    expect([...words].filter((w) => all.toLowerCase().includes(w))).toEqual([]);
    expect(all).not.toContain(a.findingText);
    expect(all).not.toContain(b.findingText);
    await page.close();
  });

  it('another draft (another page address) with the same sentence shows the finding again', async () => {
    const other = [NEUTRAL[2], a.before, MARKER].join('\n');
    const page = await harness.open('textarea', other);
    await settle(page);
    expect(await underlined(page, a.paintedText)).toBeGreaterThan(0);
    expect(await shownRules(page)).toContain(a.rule);
    await page.close();
  });

  it("in Gmail the draft is its compose id: the same compose window keeps the Ignore even when its text changed, another one does not", async () => {
    const compose = 'FMfcgzQbfLxKdvXcGnmNrPkwStjHZbcw';
    const page = await openGmail(draft(), compose);
    await ignoreFromCard(page, a, await settle(page));
    expect(await shownRules(page)).not.toContain(a.rule);
    await page.close();

    // The same draft, reopened after an edit (Gmail keeps the compose id): still ignored.
    const edited = await openGmail([NEUTRAL[0], draft()].join('\n'), compose);
    await settle(edited);
    const rules = await shownRules(edited);
    expect(rules).not.toContain(a.rule);
    expect(rules).toContain(b.rule);
    await edited.close();

    // A new compose window with the very same text: a different draft, the finding is shown.
    const fresh = await openGmail(draft(), 'KtbxLzGmZNvQhsRpXwcDfJqBnTgMkvLs');
    await settle(fresh);
    expect(await shownRules(fresh)).toContain(a.rule);
    expect(await underlined(fresh, a.paintedText)).toBeGreaterThan(0);
    await fresh.close();
  });

  it('a Send that goes through forgets what was ignored in that draft, and only that', async () => {
    const before = await ignoredKeys();
    expect(before.length).toBeGreaterThan(0); // the drafts above
    const page = await openGmail(draft(), 'QgrcJHrnVfKdwMhsPbLxZtcNWqRjmkSd');
    await ignoreFromCard(page, a, await settle(page));
    await expect.poll(async () => (await ignoredKeys()).length).toBe(before.length + 1);
    const key = (await ignoredKeys()).find((k) => !before.includes(k))!;
    await page.locator('#send').click();
    await expect.poll(() => page.evaluate(() => (window as any).nwSent as number)).toBe(1);
    await expect.poll(() => ignoredKeys()).not.toContain(key);
    expect((await ignoredKeys()).sort()).toEqual([...before].sort());
    await page.close();
    expect(harness.pageErrors).toEqual([]);
  });
});
