/**
 * Issue 10, hole 4: a page script cannot drive the extension. The card's buttons ignore events
 * the page makes up (element.click(), dispatchEvent), while a person's clicks still work; the page
 * cannot probe checker.js at its static URL to tell that the extension is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, fixCases } from './drafts';
import { focusField, indicator, launch, modelText, settledCount, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('a page script', () => {
  it("cannot press the card's buttons (apply, turn off the rule), a person can", async () => {
    const fix = fixCases()[0];
    const page = await harness.open('contenteditable', [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    const count = await settledCount(page);
    expect(count).toBeGreaterThan(0);
    const original = await modelText(page);
    await indicator(page).click();
    const finding = page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`).first();
    await finding.waitFor();

    // What a hostile page can do with the open shadow root: find the buttons and press them.
    const pressed = await page.evaluate((rule) => {
      const root = document.querySelector('nemawashi-ui')!.shadowRoot!;
      const card = root.querySelector(`[data-testid="nw-finding"][data-rule-id="${rule}"]`)!;
      const suggestion = card.querySelector('[data-testid="nw-suggestion"]') as HTMLElement;
      const disable = card.querySelector('[data-testid="nw-disable-rule"]') as HTMLElement;
      suggestion.click();
      disable.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      disable.focus();
      disable.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return !!suggestion && !!disable;
    }, fix.rule);
    expect(pressed).toBe(true);

    // A person's click on Ignore works (and proves the card was live all along).
    await finding.getByTestId('nw-ignore').click();
    await finding.waitFor({ state: 'detached' });
    expect(await modelText(page)).toBe(original);
    const disabled = await harness.context.serviceWorkers()[0].evaluate(async () => ((await (globalThis as any).chrome.storage.local.get("disabledRules")).disabledRules ?? []) as string[]);
    expect(disabled).toEqual([]);
    await page.close();
  });

  it('cannot load checker.js at its static URL (the extension stays invisible), while the extension loads it', async () => {
    const page = await harness.open('textarea', NEUTRAL[0]);
    await focusField(page);
    await settledCount(page);
    const probe = await page.evaluate(async (id) => {
      try {
        const r = await fetch(`chrome-extension://${id}/checker.js`);
        return `status ${r.status}`;
      } catch {
        return 'refused';
      }
    }, harness.extensionId);
    expect(probe).toBe('refused');
    await page.close();
  });
});
