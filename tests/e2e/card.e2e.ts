/**
 * The card: it opens on hover and closes when the pointer leaves, opens from the keyboard
 * (Alt+Shift+N) with its first suggestion focused, applies with Enter, and its Ignore and
 * "Turn off this rule" take the finding away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL, check, fixCases } from './drafts';
import { focusField, launch, modelText, paintedSpans, settledCount, waitForModel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(['textarea', 'contenteditable'] as const)('%s', (kind) => {
  it('opens on hover and closes when the pointer leaves', async () => {
    const fix = fixCases()[0];
    const page = await harness.open(kind, [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    const span = (await paintedSpans(page)).find((s) => s.text === fix.paintedText)!;
    await page.mouse.move(span.rect!.x + 5, span.rect!.y + span.rect!.height / 2);
    await page.getByTestId('nw-finding').waitFor();
    await page.mouse.move(5, 5);
    await page.getByTestId('nw-finding').waitFor({ state: 'detached' });
    await page.close();
  });

  it('opens from the keyboard at the caret and applies with Enter', async () => {
    const fix = fixCases()[0];
    const page = await harness.open(kind, [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    const original = await modelText(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Alt+Shift+N');
    const card = page.getByTestId('nw-finding');
    await card.waitFor();
    expect(await card.getAttribute('data-rule-id')).toBe(fix.rule);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    await page.keyboard.press('Alt+Shift+N');
    await card.waitFor();
    const first = (await card.getByTestId('nw-suggestion').first().textContent())!;
    await page.keyboard.press('Enter');
    const at = original.indexOf(fix.findingText);
    await waitForModel(page, original.slice(0, at) + first + original.slice(at + fix.findingText.length));
    await page.close();
  });

  it('Alt+Shift+N goes to the next phrase, Alt+Shift+P back; focus ring shown; Escape gives the text its focus back', async () => {
    const fixes = fixCases();
    const a = fixes[0];
    const b = fixes.find((f) => f.rule !== a.rule && f.paintedText !== a.paintedText)!;
    const page = await harness.open(kind, [a.before, NEUTRAL[1], b.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    await page.keyboard.press('Control+Home');
    const rules = page.getByTestId('nw-finding').first();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => rules.getAttribute('data-rule-id')).toBe(a.rule);
    // The first button has the keyboard's focus, and shows it.
    const ring = () =>
      page.evaluate(() => {
        const el = document.querySelector('nemawashi-ui')!.shadowRoot!.activeElement as HTMLElement | null;
        return el ? getComputedStyle(el).outlineStyle : 'no focus';
      });
    await expect.poll(ring).toBe('solid');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => rules.getAttribute('data-rule-id')).toBe(b.rule);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => rules.getAttribute('data-rule-id')).toBe(a.rule);
    await page.keyboard.press('Escape');
    await rules.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.matches((window as any).nwTest.selector))).toBe(true);
    await page.close();
  });

  it('after Ctrl+Z the restored phrase is not left selected: the caret sits after it', async () => {
    const fix = fixCases()[0];
    const page = await harness.open(kind, [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    const original = await modelText(page);
    await page.getByTestId('nw-indicator').click();
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`).getByTestId('nw-suggestion').filter({ hasText: fix.suggestion }).click();
    await expect.poll(() => modelText(page)).toContain(fix.after);
    await page.keyboard.press('Control+z');
    await waitForModel(page, original);
    const caret = () =>
      page.evaluate(() => {
        const field = document.querySelector((window as any).nwTest.selector) as HTMLElement;
        if (field instanceof HTMLTextAreaElement) return { collapsed: field.selectionStart === field.selectionEnd, before: field.value.slice(0, field.selectionEnd) };
        const sel = getSelection()!;
        const range = document.createRange();
        range.setStart(field, 0);
        range.setEnd(sel.focusNode!, sel.focusOffset);
        return { collapsed: sel.isCollapsed, before: range.toString() };
      });
    await expect.poll(async () => (await caret()).collapsed).toBe(true);
    const at = original.indexOf(fix.findingText) + fix.findingText.length;
    expect((await caret()).before.replace(/\n/g, '')).toBe(original.slice(0, at).replace(/\n/g, ''));
    await page.close();
  });

  it('"Turn off this rule" shows a toast whose Undo turns the rule back on', async () => {
    const fix = fixCases()[0];
    const page = await harness.open(kind, [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    const count = await settledCount(page);
    await page.getByTestId('nw-indicator').click();
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`).first().getByTestId('nw-disable-rule').click();
    await page.getByTestId('nw-toast').waitFor();
    await expect.poll(() => settledCount(page)).toBeLessThan(count);
    await page.getByTestId('nw-toast-undo').click();
    await page.getByTestId('nw-toast').waitFor({ state: 'detached' });
    await expect.poll(() => settledCount(page)).toBe(count);
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    const disabled = await popup.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('disabledRules')).disabledRules ?? []);
    expect(disabled.some((key: string) => key.endsWith(`/${fix.rule}`))).toBe(false);
    await popup.close();
    await page.close();
  });

  it('Ignore and "Turn off this rule" take findings away', async () => {
    const fixes = fixCases();
    const a = fixes[0];
    const b = fixes.find((f) => f.rule !== a.rule)!;
    const page = await harness.open(kind, [a.before, NEUTRAL[1], b.before].join('\n'));
    await focusField(page);
    const count = await settledCount(page);
    expect(count).toBe(check(await modelText(page)).length);

    // The same words may be underlined for b as well: one underline of them fewer.
    const underlinedA = async () => (await paintedSpans(page)).filter((s) => s.text === a.paintedText).length;
    const before = await underlinedA();
    await page.getByTestId('nw-indicator').click();
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${a.rule}"]`).getByTestId('nw-ignore').click();
    await expect.poll(() => settledCount(page)).toBe(count - 1);
    expect(await underlinedA()).toBe(before - 1);

    const turnedOff = check(await modelText(page)).filter((f) => f.rule === b.rule).length;
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${b.rule}"]`).first().getByTestId('nw-disable-rule').click();
    await expect.poll(() => settledCount(page)).toBe(count - 1 - turnedOff);
    expect(harness.pageErrors).toEqual([]);
    await page.close();

    // The rule stays off (stored), also in a new page; turn it back on for the other tests.
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    const stored = await options.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('disabledRules')).disabledRules);
    expect(stored.some((key: string) => key.endsWith(`/${b.rule}`))).toBe(true);
    await options.evaluate(() => (globalThis as any).chrome.storage.local.remove('disabledRules'));
    await options.close();
  });
});
