/**
 * Issue 10, hole 4: a page script cannot drive the extension. The card's buttons ignore events
 * the page makes up (element.click(), dispatchEvent), while a person's clicks still work; the page
 * cannot probe checker.js at its static URL to tell that the extension is installed.
 * Hole 6: applying a suggestion keeps the links and bold of the words it keeps (one undo step).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySuggestion } from '../../lib/engine/apply';
import { NEUTRAL, check, fixCases } from './drafts';
import { focusField, indicator, launch, modelText, settledCount, waitForModel, type Harness } from './harness';

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

  it('cannot open a card with made-up keys or clicks; the same keys pressed by a person do', async () => {
    const fix = fixCases()[0];
    const page = await harness.open('textarea', [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    const cardsAfterFakes = await page.evaluate(async () => {
      const field = document.querySelector((window as any).nwTest.selector) as HTMLElement;
      (field as HTMLTextAreaElement).setSelectionRange(field.textContent!.length, field.textContent!.length);
      const init = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, composed: true };
      field.dispatchEvent(new KeyboardEvent('keydown', init));
      const r = field.getBoundingClientRect();
      field.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.x + 20, clientY: r.y + 40 }));
      // Two frames: React has rendered whatever those events caused.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return document.querySelector('nemawashi-ui')!.shadowRoot!.querySelectorAll('[data-testid="nw-finding"]').length;
    });
    expect(cardsAfterFakes).toBe(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Alt+Shift+N');
    await page.getByTestId('nw-finding').first().waitFor();
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

describe('applying a suggestion', () => {
  it('keeps the link and the bold on the words it keeps, and Ctrl+Z brings the phrase back', async () => {
    // A fix whose suggestion keeps at least two words of the flagged phrase.
    const words = (s: string): string[] => s.match(/[A-Za-z]{3,}/g) ?? [];
    const fix = fixCases().find((f) => words(f.findingText).filter((w) => words(f.suggestion).includes(w)).length >= 2)!;
    expect(fix).toBeDefined();
    const [linked, bold] = words(fix.findingText).filter((w) => words(fix.suggestion).includes(w));
    // A draft of its own (earlier tests in this file act on [NEUTRAL[0], fix.before]; what a person
    // did to that draft, such as Ignore, is remembered for it).
    const page = await harness.open('contenteditable', [NEUTRAL[2], fix.before].join('\n'));
    // The writer linked one word of the phrase and put another in bold.
    await page.evaluate(
      ({ linked, bold, findingText }) => {
        const field = document.querySelector((window as any).nwTest.selector)!;
        const line = [...field.querySelectorAll('div')].find((d) => d.textContent!.includes(findingText))!;
        // Wrap the word where it stands inside the flagged phrase (not an earlier occurrence).
        const wrap = (word: string, make: () => HTMLElement) => {
          const phraseAt = line.textContent!.indexOf(findingText);
          const at = phraseAt + findingText.search(new RegExp(`\\b${word}\\b`));
          let seen = 0;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            if (at >= seen && at + word.length <= seen + n.data.length) {
              const r = document.createRange();
              r.setStart(n, at - seen);
              r.setEnd(n, at - seen + word.length);
              r.surroundContents(make());
              return;
            }
            seen += n.data.length;
          }
          throw new Error(`"${word}" not found in the phrase`);
        };
        wrap(linked, () => Object.assign(document.createElement('a'), { href: 'https://example.test/report' }));
        wrap(bold, () => document.createElement('b'));
      },
      { linked, bold, findingText: fix.findingText },
    );
    const original = await modelText(page);
    await focusField(page);
    await settledCount(page);
    await indicator(page).click();
    await page.locator(`[data-testid="nw-finding"][data-rule-id="${fix.rule}"]`).getByTestId('nw-suggestion').filter({ hasText: fix.suggestion }).click();
    const at = original.indexOf(fix.findingText);
    await waitForModel(page, original.slice(0, at) + fix.suggestion + original.slice(at + fix.findingText.length));
    const marks = () =>
      page.evaluate(() => {
        const field = document.querySelector((window as any).nwTest.selector)!;
        return { links: [...field.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]), bold: [...field.querySelectorAll('b')].map((b) => b.textContent) };
      });
    expect(await marks()).toEqual({ links: [[linked, 'https://example.test/report']], bold: [bold] });

    await page.keyboard.press('Control+Z');
    await waitForModel(page, original);
    expect(await marks()).toEqual({ links: [[linked, 'https://example.test/report']], bold: [bold] });
    await page.close();
  });
});

describe('applying while the packs are still compiling', () => {
  it('never garbles the draft: the finding is validated against the text just read', async () => {
    const fix = fixCases()[0];
    const page = await harness.open('textarea', fix.before);
    await focusField(page);
    await settledCount(page);
    // An install lands: a pack of 1,000 regex rules, whose regexes the checker compiles in small
    // slices before it checks again (seconds here). Until then no fresh check can run.
    const rules = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      category: 'vagueness',
      severity: 'info',
      match: { regex: `(?:alpha${i}|beta${i}|gamma${i})\\s+(?P<x>[a-z]{2,9}|\\d{1,3})\\s+(?:omega|sigma)${i}` },
      message: 'm',
      why: 'w',
      examples: { flag: [`alpha${i} ab omega${i}`], pass: ['nothing'] },
    }));
    const pack = { id: 'acme/big', version: '1.0.0', name: 'Big', description: 'd', language: 'en', audience: 'consensus', license: 'MIT', rules };
    await harness.context.serviceWorkers()[0].evaluate(async (p) => {
      const now = Date.now();
      await (globalThis as any).chrome.storage.local.set({ installedPacks: { [p.id]: { pack: p, origin: 'paste', installedAt: now, updatedAt: now } } });
    }, pack);
    // The writer adds a greeting in front, then applies the suggestion from the keyboard.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Aiko, thanks for yesterday. ');
    await page.keyboard.press('Alt+Shift+N');
    // The pack's arrival makes the background re-check every tab; until that answer comes the
    // page may hold no finding to open (a card then opens from the next press). Loaded machines
    // take tens of seconds to check the 1,000 regexes in full, so the card gets longer than the
    // default to appear; the shortcut is pressed again while waiting.
    await expect
      .poll(
        async () => {
          if (await page.getByTestId('nw-finding').first().isVisible()) return true;
          await page.keyboard.press('Alt+Shift+N');
          return page.getByTestId('nw-finding').first().isVisible();
        },
        { timeout: 100_000, interval: 500 },
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    const greeting = 'Hi Aiko, thanks for yesterday. ';
    // Refused (no fresh check yet), or one suggestion applied in the right place (had the check
    // caught up): never a replacement at the old offsets.
    await settledCount(page);
    const allowed = [fix.before, ...check(fix.before).flatMap((f) => f.suggestions.map((sg) => applySuggestion(fix.before, f, sg)))].map((t) => greeting + t);
    expect(allowed).toContain(await modelText(page));
    await harness.context.serviceWorkers()[0].evaluate(async () => (globalThis as any).chrome.storage.local.remove('installedPacks'));
    await page.close();
  });
});

describe('a pack whose patterns carry backtracking regex tokens', () => {
  it('is checked in linear time on the words that hang a backtracking engine; the page stays responsive', async () => {
    const rule = (id: string, match: object, unless?: object[]) => ({
      id,
      category: 'clarity',
      severity: 'info',
      match,
      ...(unless ? { unless } : {}),
      message: 'A regex token that backtracks forever in a backtracking engine.',
      why: 'It is here to prove it cannot.',
      examples: { flag: ['internationalization9'], pass: ['nothing'] },
    });
    const pack = {
      id: 'evil/tokens', version: '1.0.0', name: 'Evil', description: 'd', language: 'en', audience: 'consensus', license: 'MIT',
      rules: [rule('token', { pattern: '/^(.|.|.|.)*[0-9]$/' }), rule('unless-token', { phrases: ['send'] }, [{ pattern: '/(x+x+)+y/' }])],
    };
    await harness.context.serviceWorkers()[0].evaluate(async (p) => {
      const now = Date.now();
      await (globalThis as any).chrome.storage.local.set({ installedPacks: { [p.id]: { pack: p, origin: 'paste', installedAt: now, updatedAt: now } } });
    }, pack);
    const draft = `${'internationalization '.repeat(200)}\nPlease send ${'x'.repeat(60)} now.`;
    const page = await harness.open('textarea', 'Hello.');
    await focusField(page);
    await settledCount(page);
    const started = performance.now();
    await page.locator(await page.evaluate(() => (window as any).nwTest.selector as string)).fill(draft);
    await page.waitForFunction(() => document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-indicator"]')?.getAttribute('data-busy') === 'true', undefined, { polling: 5, timeout: 2_000 }).catch(() => undefined);
    await settledCount(page, 20_000);
    const ms = Math.round(performance.now() - started);
    const ping = performance.now();
    await page.evaluate(() => 1);
    console.log(`[figures] pattern tokens /^(.|.|.|.)*[0-9]$/ and unless /(x+x+)+y/ on ${draft.length} chars: settled in ${ms} ms; page answered in ${Math.round(performance.now() - ping)} ms`);
    // The token rule flags the one word that ends in a digit, and nothing else.
    await page.locator(await page.evaluate(() => (window as any).nwTest.selector as string)).fill('We localised it: internationalization9 done.');
    await settledCount(page, 20_000);
    await indicator(page).click();
    await page.locator('[data-testid="nw-finding"][data-rule-id="token"]').waitFor();
    await harness.context.serviceWorkers()[0].evaluate(async () => (globalThis as any).chrome.storage.local.remove('installedPacks'));
    await page.close();
  });
});
