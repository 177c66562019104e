/**
 * Japanese (or any) IME input: while a composition is open nothing is checked and nothing in the
 * field is touched; once it is committed the text is checked as usual and none of it was lost.
 * The composition is driven through the browser's own IME path (CDP Input.imeSetComposition).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases } from './drafts';
import { FIELD_KINDS, checksPainted, focusField, launch, modelText, nextFrames, paintedSpans, settledCount, settledCountAfter, waitForModel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(FIELD_KINDS)('%s', (kind) => {
  it('does not check or disturb an open composition, then checks the committed text', async () => {
    const flagged = fixCases()[0].before;
    const page = await harness.open(kind, NEUTRAL[0]);
    await focusField(page);
    const before = await settledCount(page);
    const original = await modelText(page);
    await page.keyboard.press('Control+End');
    const typed = await checksPainted(page);
    await page.keyboard.type(' ');
    await settledCountAfter(page, typed);
    const checksBefore = await checksPainted(page);

    const cdp = await harness.context.newCDPSession(page);
    // Compose the flagged sentence a few characters at a time, as an IME would.
    for (let n = 4; n <= flagged.length; n += 7) {
      const text = flagged.slice(0, n);
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.imeSetComposition', { text: flagged, selectionStart: flagged.length, selectionEnd: flagged.length });
    // An edit outside a composition marks the field pending at once (the indicator's data-busy)
    // and a check follows; once the page has handled the composition and drawn, neither happened.
    await nextFrames(page);
    const state = await page.evaluate(() => {
      const host = document.querySelector('nemawashi-ui');
      const el = host?.shadowRoot?.querySelector('[data-testid="nw-indicator"]');
      return { busy: el?.getAttribute('data-busy'), checks: Number(host?.getAttribute('data-checks') ?? 0) };
    });
    expect(state, 'nothing scheduled or checked while composing').toEqual({ busy: 'false', checks: checksBefore });
    const events = await page.evaluate(() => (window as any).nwEvents as { type: string }[]);
    expect(events.some((e) => e.type === 'compositionstart')).toBe(true);
    expect(events.some((e) => e.type === 'compositionend'), 'the composition is still open').toBe(false);
    const during = await page.evaluate(() =>
      Number(document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-indicator"]')?.getAttribute('data-count')),
    );
    expect(during, 'no check ran while composing').toBe(before);
    expect((await paintedSpans(page)).some((s) => flagged.includes(s.text) && s.text.length > 3)).toBe(false);

    await cdp.send('Input.insertText', { text: flagged });
    await waitForModel(page, `${original} ${flagged}`);
    await expect.poll(() => settledCount(page)).toBeGreaterThan(before);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
