/**
 * Speed on the page, measured and printed (never asserted: these machines are shared and noisy).
 * DESIGN.md budgets: no long task (> 50 ms) while typing into a 2,000-word draft; highlights
 * settled within 250 ms after typing stops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases, flaggedSentences } from './drafts';
import { focusField, launch, settledCount, type FieldKind, type Harness } from './harness';

const KINDS: FieldKind[] = ['textarea', 'gmail', 'tiptap'];
const TYPED = 'Could you also send me the final numbers for the board pack today. ';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

function longDraft(words: number): string {
  const flagged = [...fixCases().map((f) => f.before), ...flaggedSentences()];
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentences = [NEUTRAL[i % NEUTRAL.length], flagged[i % flagged.length], NEUTRAL[(i + 3) % NEUTRAL.length]];
    paragraphs.push(sentences.join(' '));
    count += sentences.join(' ').split(/\s+/).length;
  }
  return paragraphs.join('\n');
}

describe.each(KINDS)('%s', (kind) => {
  it('typing into a 2,000-word draft: long tasks and time to settle (printed)', async () => {
    const page = await harness.open(kind, longDraft(2000));
    await page.evaluate(() => {
      const w = window as any;
      w.nwLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.nwLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: false });
      w.nwLastKey = 0;
      window.addEventListener('keydown', () => (w.nwLastKey = performance.now()), true);
    });

    const focusedAt = Date.now();
    await focusField(page);
    await settledCount(page, 60_000);
    const firstCheckMs = Date.now() - focusedAt;
    const firstLongTasks = await page.evaluate(() => (window as any).nwLongTasks.splice(0) as { duration: number }[]);

    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300);
    const typingStart = await page.evaluate(() => performance.now());
    await page.keyboard.type(TYPED, { delay: 60 });
    // Time from the last keystroke until the check after it has painted (data-busy flips to false).
    const settleMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const w = window as any;
          const poll = () => {
            const el = document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-indicator"]');
            if (el?.getAttribute('data-busy') === 'false' && performance.now() > w.nwLastKey) resolve(performance.now() - w.nwLastKey);
            else requestAnimationFrame(poll);
          };
          // Let the last keystroke's input event mark the field busy first.
          setTimeout(poll, 0);
        }),
    );
    const typingTasks = await page.evaluate(
      (start) => ((window as any).nwLongTasks as { start: number; duration: number }[]).filter((t) => t.start >= start),
      typingStart,
    );
    const words = (await page.evaluate(() => (window as any).nwTest.getText() as string)).split(/\s+/).length;
    const max = Math.max(0, ...typingTasks.map((t) => t.duration));
    console.log(
      `[perf] ${kind}: ${words} words; first check after focus ${firstCheckMs} ms ` +
        `(long tasks: ${firstLongTasks.length}, longest ${Math.round(Math.max(0, ...firstLongTasks.map((t) => t.duration)))} ms); ` +
        `typing ${TYPED.length} chars: ${typingTasks.length} long tasks (longest ${Math.round(max)} ms); ` +
        `settled ${Math.round(settleMs)} ms after the last key`,
    );
    expect(settleMs).toBeGreaterThan(0);
    await page.close();
  });
});
