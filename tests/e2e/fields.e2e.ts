/**
 * Every kind of field, end to end in Chromium with the built extension: a flagged draft gets
 * highlighted with the right count, quoted reply text stays unflagged, a suggestion applies
 * through the editor's own input path (the editor's model has exactly the new text), Ctrl+Z
 * restores the original, nothing leaves the browser and the page throws nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFindings } from '../../lib/highlight/focus';
import { escapeRegExp } from '../../lib/util/escape-regexp';
import { NEUTRAL, QUOTE_HEADER, check, fixCases, flaggedSentences } from './drafts';
import {
  FIELD_KINDS,
  clickSpan,
  focusField,
  indicator,
  launch,
  modelText,
  paintedSpans,
  settledCount,
  shownAndHeld,
  waitForModel,
  type FieldKind,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Sites whose compose window marks the quoted reply itself (the page builds it from ?quote=). */
const QUOTING_SITES: readonly FieldKind[] = ['gmail', 'outlook'];


/** The card of one finding: from a click on its underline (`painted`), else from the indicator's list. */
async function openCard(page: Page, rule: string, text: string, painted: string) {
  const card = page
    .locator(`[data-testid="nw-finding"][data-rule-id="${rule}"]`)
    .filter({ has: page.locator('.nw-quote', { hasText: text }) });
  await clickSpan(page, painted);
  await page.getByTestId('nw-finding').first().waitFor();
  if ((await card.count()) === 0) {
    // Another finding covers the same spot (a sentence-level one): use the list.
    await indicator(page).click();
  }
  await card.first().waitFor();
  return card.first();
}

async function applyAndUndo(page: Page, kind: FieldKind, fixIndex = 0) {
  const fix = fixCases()[fixIndex];
  const original = await modelText(page);
  const at = original.indexOf(fix.before);
  expect(at, `the draft holds "${fix.before}"`).toBeGreaterThanOrEqual(0);
  const expected = original.slice(0, at) + fix.after + original.slice(at + fix.before.length);

  const card = await openCard(page, fix.rule, fix.findingText, fix.paintedText);
  await card
    .getByTestId('nw-suggestion')
    .filter({ hasText: new RegExp(`^${escapeRegExp(fix.suggestion)}$`) })
    .click();
  await waitForModel(page, expected);
  await expect.poll(async () => (await shownAndHeld(page)).shown).toBe((await shownAndHeld(page)).held);
  // Focus never left the editor.
  expect(await page.evaluate(() => document.activeElement?.matches((window as any).nwTest.selector + ', ' + (window as any).nwTest.selector + ' *'))).toBe(true);
  await settledCount(page);

  await page.keyboard.press('Control+z');
  await waitForModel(page, original);
  // Undo repainted the field too (an editor out of step with its DOM would show the old text).
  await expect.poll(async () => (await shownAndHeld(page)).shown).toBe((await shownAndHeld(page)).held);
  // A model-based editor (Draft.js) updates its state before it re-renders the DOM we read.
  await expect
    .poll(() => settledCount(page), { message: `${kind}: the count is back after undo`, timeout: 15_000 })
    .toBe(check(original).length);
}

describe.each(FIELD_KINDS)('%s', (kind) => {
  it('highlights a flagged draft, skips the quote, applies a suggestion, undoes it', async () => {
    const fixes = fixCases();
    expect(fixes.length, 'the built-in packs have fix examples').toBeGreaterThan(0);
    const fix = fixes[0];
    const quoted = flaggedSentences().find((s) => !s.includes(fix.before))!;
    const own = [NEUTRAL[0], fix.before, NEUTRAL[1]].join('\n');
    const page = QUOTING_SITES.includes(kind)
      ? await harness.open(kind, own, quoted)
      : await harness.open(kind, `${own}\n\n${QUOTE_HEADER}\n> ${quoted}`);
    const requestsBefore = harness.foreignRequests.length;

    await focusField(page);
    const text = await modelText(page);
    const expected = check(text);
    const count = await settledCount(page);
    expect(count, `count for:\n${text}`).toBe(expected.length);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('[data-nemawashi="checked"]').count()).toBe(1);

    // The quoted sentence is not judged: no finding starts after the quote begins.
    const quoteStart = text.indexOf(quoted);
    expect(quoteStart).toBeGreaterThan(0);
    expect(expected.filter((f) => f.start >= quoteStart)).toEqual([]);

    const spans = await paintedSpans(page);
    // One mark per phrase: the words that trigger each finding, overlapping findings sharing one.
    const spanTexts = groupFindings(expected).groups.map((g) => text.slice(g.start, g.end));
    expect(spans.map((s) => s.text).sort()).toEqual(spanTexts.sort());
    expect(spans.filter((s) => s.inQuote)).toEqual([]);
    expect(spans.every((s) => s.rect && s.rect.width > 0), 'every highlight is on screen').toBe(true);

    await applyAndUndo(page, kind);

    expect(harness.foreignRequests.slice(requestsBefore)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
