/**
 * Randomised: for every kind of field, 12 generated drafts (NW_E2E_RANDOM_DRAFTS for more). Apply
 * a suggestion for every finding in turn, then undo them all: the editor's own model must end
 * exactly at the original text, every time. Every run draws a new seed and prints it (and a
 * failure names it with the draft): NW_E2E_SEED=<seed> replays that run's drafts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases, flaggedSentences, pick, random } from './drafts';
import {
  FIELD_KINDS,
  focusField,
  indicator,
  launch,
  modelText,
  settledCount,
  shownAndHeld,
  waitForModel,
  type Harness,
} from './harness';

const DRAFTS = Number(process.env.NW_E2E_RANDOM_DRAFTS ?? 12);
const SEED = Number(process.env.NW_E2E_SEED ?? Date.now() % 100_000);
/** Text that must not shift offsets: emoji (surrogate pairs) and CJK. */
const UNICODE = ['Thanks 🙏 for staying late.', '東京チームの皆さん、ありがとうございます。', 'Great work on the 🚀 launch.'];

let harness: Harness;
beforeAll(async () => {
  console.log(`[random e2e] seed ${SEED} (replay with NW_E2E_SEED=${SEED}), ${DRAFTS} drafts per field kind`);
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

function makeDraft(rand: () => number, flagged: string[]): string {
  const lines: string[] = [];
  const count = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const sentences: string[] = [];
    const n = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) {
      const r = rand();
      sentences.push(r < 0.45 ? pick(rand, flagged) : r < 0.85 ? pick(rand, NEUTRAL) : pick(rand, UNICODE));
    }
    lines.push(sentences.join(' '));
    if (rand() < 0.2) lines.push('');
  }
  if (!lines.some((l) => flagged.some((f) => l.includes(f)))) lines.push(pick(rand, flagged));
  return lines.join('\n').replace(/\n+$/, '');
}

/** Apply the first suggestion of the first finding that has one; false when none is left. */
async function applyOne(page: Page): Promise<boolean> {
  const list = page.locator('.nw-list');
  if (!(await list.isVisible())) await indicator(page).click();
  await list.waitFor();
  const button = list.getByTestId('nw-suggestion').first();
  if ((await button.count()) === 0) return false;
  const before = await modelText(page);
  await button.click();
  await page.waitForFunction((text) => (window as any).nwTest.getText() !== text, before, { timeout: 5_000, polling: 20 });
  await settledCount(page);
  return true;
}

describe.each(FIELD_KINDS)('%s', (kind) => {
  it(`applies every suggestion, then undoes all of them, in ${DRAFTS} random drafts`, async () => {
    const flagged = [...new Set([...fixCases().map((f) => f.before), ...flaggedSentences()])];
    const rand = random(SEED + kind.length * 7919);
    const page = await harness.open(kind, '');
    let applied = 0;
    for (let i = 0; i < DRAFTS; i++) {
      const draft = makeDraft(rand, flagged);
      // A fresh draft in the same page (its undo history empty), as a new compose window would be.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate((text) => (window as any).nwTest.setDraft(text), draft);
      await focusField(page);
      const initial = await settledCount(page);
      const original = await modelText(page);
      let steps = 0;
      while (steps < initial + 2 && (await applyOne(page))) steps++;
      applied += steps;
      await page.keyboard.press('Escape');
      for (let z = 0; z < steps + 2; z++) {
        await page.keyboard.press('Control+z');
        // The editor has handled it and the page has drawn a frame since (React editors re-render).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }
      await waitForModel(page, original).catch((error: Error) => {
        throw new Error(`${kind}, draft ${i} (seed ${SEED}), ${steps} suggestions applied:\n${draft}\n\n${error.message}`);
      });
      await expect
        .poll(async () => (await shownAndHeld(page)).shown, { message: `${kind}, draft ${i} (seed ${SEED}): the field shows its model` })
        .toBe((await shownAndHeld(page)).held);
    }
    console.log(`[random e2e] ${kind}: ${DRAFTS} drafts, ${applied} suggestions applied and undone`);
    expect(applied).toBeGreaterThan(0);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
    await page.close();
  });
});
