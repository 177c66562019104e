/**
 * Audience by recipient and the Japanese interface, in Chromium with the built extension:
 * - the same draft to a `.co.jp` recipient gets the consensus pack's findings, and to the HQ
 *   domain the results-first pack's, in the Gmail-like and Outlook-like compose windows (each
 *   time against a default that says otherwise);
 * - changing the To field re-evaluates the audience; the list's per-draft override wins;
 * - the organisation's rules (managed policy) apply too;
 * - with the language set to Japanese the indicator, list and card speak Japanese and the
 *   results-first pack's messages come in Japanese.
 * With NEMAWASHI_SCREENSHOTS=1 it writes docs/screenshots/ui-ja.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusField, indicator, launch, settledCount, type FieldKind, type Harness } from './harness';
import { ROOT } from './paths';

const DRAFT =
  'Hi Kenji, I am copying your director so the final numbers reach me today. I was just wondering if maybe someone could possibly look at the budget at some point, sorry. Thanks, Alex';
const RULES = [
  { pattern: '*.co.jp', audience: 'consensus' },
  { pattern: 'hq.example.com', audience: 'results-first' },
];
const TOKYO = 'kenji@acme.co.jp';
const HQ = 'dana@hq.example.com';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Write extension storage from an extension page (what the options page does). */
async function setStorage(values: Record<string, unknown>): Promise<void> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await page.evaluate((v) => (globalThis as any).chrome.storage.local.set(v), values);
  await page.close();
}

async function openCompose(kind: FieldKind, to: string[], cc: string[] = []): Promise<Page> {
  const page = await harness.context.newPage();
  const params = new URLSearchParams({ draft: DRAFT, to: to.join(','), cc: cc.join(',') });
  await page.goto(`${harness.origin}/${kind}.html?${params}`);
  await page.waitForFunction(() => 'nwTest' in window);
  await focusField(page);
  await settledCount(page);
  return page;
}

/** Open the list from the indicator and read which pack each finding came from. */
async function findingPacks(page: Page): Promise<string[]> {
  const list = page.locator('nemawashi-ui .nw-list');
  if (!(await list.isVisible().catch(() => false))) await indicator(page).click();
  await page.getByTestId('nw-draft-audience').waitFor();
  return page.getByTestId('nw-finding').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-pack-id') ?? ''));
}

async function draftAudience(page: Page): Promise<{ audience: string; source: string }> {
  const box = page.getByTestId('nw-draft-audience');
  return { audience: (await box.getAttribute('data-audience'))!, source: (await box.getAttribute('data-source'))! };
}

/**
 * Choose the draft's reader as a person does, from the keyboard: the in-page UI acts only on
 * trusted events, and Playwright's selectOption dispatches synthetic ones.
 */
async function chooseReader(page: Page, value: string): Promise<void> {
  const select = page.getByTestId('nw-draft-audience-select');
  await select.focus();
  for (let i = 0; i < 6 && (await select.inputValue()) !== value; i++) {
    const options = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const now = options.indexOf(await select.inputValue());
    await page.keyboard.press(options.indexOf(value) > now ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

/** Wait until every finding in the open list comes from `pack` (and there is at least one). */
async function waitForPack(page: Page, pack: string): Promise<void> {
  // The list may have closed with the change of reader: open it again to read it.
  const list = page.locator('nemawashi-ui .nw-list');
  if (!(await list.isVisible().catch(() => false))) await indicator(page).click();
  await page.waitForFunction(
    (want) => {
      const root = document.querySelector('nemawashi-ui')?.shadowRoot;
      const cards = [...(root?.querySelectorAll('[data-testid="nw-finding"]') ?? [])];
      return cards.length > 0 && cards.every((c) => c.getAttribute('data-pack-id') === want);
    },
    pack,
    { timeout: 15_000, polling: 50 },
  );
}

describe('audience by recipient', () => {
  for (const kind of ['gmail', 'outlook'] as const) {
    it(`${kind}: a .co.jp recipient gets consensus findings, the HQ domain results-first findings`, async () => {
      // The default says results-first: only the rule can make this draft consensus.
      await setStorage({ audienceRules: RULES, audience: 'results-first', uiLanguage: 'en' });
      const tokyo = await openCompose(kind, [TOKYO], ['someone@gmail.com']);
      const consensus = await findingPacks(tokyo);
      expect(consensus.length).toBeGreaterThan(0);
      expect(new Set(consensus)).toEqual(new Set(['nemawashi/core']));
      expect(await draftAudience(tokyo)).toEqual({ audience: 'consensus', source: 'rule' });
      await expect.poll(() => tokyo.getByTestId('nw-draft-audience').textContent()).toContain(TOKYO);
      await tokyo.close();

      // The default says consensus: only the rule can make this one results-first.
      await setStorage({ audience: 'consensus' });
      const hq = await openCompose(kind, [HQ]);
      const resultsFirst = await findingPacks(hq);
      expect(resultsFirst.length).toBeGreaterThan(0);
      expect(new Set(resultsFirst)).toEqual(new Set(['nemawashi/results-first']));
      expect(await draftAudience(hq)).toEqual({ audience: 'results-first', source: 'rule' });

      // Recipients change while the draft is open: the audience follows.
      await hq.evaluate((to) => (window as any).nwTest.setRecipients({ to: [to] }), TOKYO);
      await waitForPack(hq, 'nemawashi/core');
      expect(await draftAudience(hq)).toEqual({ audience: 'consensus', source: 'rule' });
      await hq.close();
      expect(harness.foreignRequests).toEqual([]);
    });
  }

  it('a recipient no rule matches gets the default; the per-draft override wins over the recipients', async () => {
    await setStorage({ audienceRules: RULES, audience: 'consensus', uiLanguage: 'en' });
    const page = await openCompose('gmail', ['pat@example.org']);
    await findingPacks(page);
    expect(await draftAudience(page)).toEqual({ audience: 'consensus', source: 'default' });
    await page.evaluate((to) => (window as any).nwTest.setRecipients({ to: [to] }), HQ);
    await waitForPack(page, 'nemawashi/results-first');

    await chooseReader(page, 'consensus');
    await waitForPack(page, 'nemawashi/core');
    expect(await draftAudience(page)).toEqual({ audience: 'consensus', source: 'override' });
    // The override is this draft's: the text under it is unchanged, and "Automatic" goes back.
    expect(await page.evaluate(() => (window as any).nwTest.getText())).toBe(DRAFT);
    await chooseReader(page, '');
    await waitForPack(page, 'nemawashi/results-first');
    await page.close();
    expect(harness.pageErrors).toEqual([]);
  });
});

describe("the organisation's recipient rules", () => {
  it('choose the audience before the user has any rule of their own', async () => {
    await setStorage({ audienceRules: [], audience: 'consensus', uiLanguage: 'en' });
    // The E2E build reads the managed policy from this key (docs/team-packs.md).
    await setStorage({ 'e2e:managedPolicy': { audienceRules: [{ pattern: 'hq.example.com', audience: 'results-first' }] } });
    const page = await openCompose('outlook', [HQ]);
    await findingPacks(page);
    await waitForPack(page, 'nemawashi/results-first');
    expect(await draftAudience(page)).toEqual({ audience: 'results-first', source: 'rule' });
    await page.close();
    await setStorage({ 'e2e:managedPolicy': null });
    const page2 = await openCompose('outlook', [HQ]);
    await findingPacks(page2);
    await waitForPack(page2, 'nemawashi/core');
    await page2.close();
  });
});

describe('the interface in Japanese', () => {
  it('renders the indicator, list, card and pack messages in Japanese', async () => {
    await setStorage({ audienceRules: RULES, audience: 'consensus', uiLanguage: 'ja' });
    const page = await openCompose('gmail', [HQ]);
    const badge = indicator(page);
    await expect.poll(() => badge.getAttribute('aria-label')).toMatch(/^Nemawashi：意図より強く響くおそれのある表現が \d+ か所あります$/);
    await expect.poll(() => page.getByTestId('nw-harmony').first().getAttribute('aria-label')).toBe('調和');
    expect(await page.getByTestId('nw-clarity').first().getAttribute('aria-label')).toBe('明確さ');
    await badge.click();
    const list = page.locator('nemawashi-ui .nw-list');
    await list.waitFor();
    expect(await list.getAttribute('aria-label')).toBe('Nemawashi の指摘');
    expect(await list.textContent()).toMatch(/見直す表現 \d+ か所/);
    expect(await page.getByTestId('nw-draft-audience').textContent()).toContain('宛先から選択（dana@hq.example.com）');
    const card = page.getByTestId('nw-finding').first();
    expect(await card.getAttribute('data-pack-id')).toBe('nemawashi/results-first');
    // The results-first pack carries Japanese messages: the engine got the locale.
    expect(await card.locator('.nw-message').textContent()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(await page.getByTestId('nw-ignore').first().textContent()).toBe('無視');

    if (process.env.NEMAWASHI_SCREENSHOTS === '1') {
      const dir = path.join(ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      // The compose window with the list open (the page's empty left half left out).
      await page.screenshot({ path: path.join(dir, 'ui-ja.png'), clip: { x: 660, y: 370, width: 620, height: 530 } });
    }

    // Back to English without reloading the page.
    await setStorage({ uiLanguage: 'en' });
    await expect.poll(() => list.getAttribute('aria-label')).toBe('Nemawashi findings');
    await page.close();
    expect(harness.pageErrors).toEqual([]);
  });
});
