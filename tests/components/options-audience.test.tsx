// @vitest-environment happy-dom
/** The options page: the audience by recipient, the language, and the page in Japanese. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { audienceRules } from '../../lib/audience/storage';
import { uiLanguage } from '../../lib/i18n';
import { LocalizedRoot } from '../../lib/i18n/react';
import { audience, managedState } from '../../lib/storage/items';
import { handlePackRequest, isPackRequest } from '../../lib/storage/messages';

vi.mock('../../lib/packs/builtin-data', async () => {
  const { readFileSync } = await import('node:fs');
  const { readyFromFile } = await import('../helpers');
  const path = 'tests/fixtures/packs/mini.yaml';
  const ready = readyFromFile(path);
  return { builtinReadyPacks: () => [ready], builtinPackSources: async () => ({ [path]: readFileSync(path, 'utf8') }) };
});

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => (isPackRequest(message) ? handlePackRequest(message) : undefined));
});
afterEach(cleanup);

async function renderOptions() {
  const view = render(
    <LocalizedRoot>
      <App />
    </LocalizedRoot>,
  );
  await waitFor(() => expect(screen.getByTestId('options').dataset.ready).toBe('true'));
  await waitFor(() => screen.getByTestId('audience-rules'));
  return view;
}

describe('audience by recipient', () => {
  it('adds, edits, orders and removes rules, stored as they are typed', async () => {
    await renderOptions();
    expect(screen.getByTestId('audience-rules').textContent).toContain('No rules yet');
    fireEvent.click(screen.getByTestId('audience-rule-add'));
    fireEvent.click(screen.getByTestId('audience-rule-add'));
    const patterns = () => screen.getAllByTestId('audience-rule-pattern') as HTMLInputElement[];
    fireEvent.change(patterns()[0], { target: { value: '*.co.jp' } });
    fireEvent.change(patterns()[1], { target: { value: 'hq.example.com' } });
    fireEvent.change(screen.getAllByTestId('audience-rule-audience')[1], { target: { value: 'results-first' } });
    await waitFor(async () =>
      expect(await audienceRules.getValue()).toEqual([
        { pattern: '*.co.jp', audience: 'consensus' },
        { pattern: 'hq.example.com', audience: 'results-first' },
      ]),
    );

    // An address to try: a rule's audience, or the default.
    fireEvent.change(screen.getByTestId('audience-rule-test'), { target: { value: 'dana@hq.example.com' } });
    expect(screen.getByTestId('audience-rule-test-result').dataset.audience).toBe('results-first');
    fireEvent.change(screen.getByTestId('audience-rule-test'), { target: { value: 'pat@example.org' } });
    expect(screen.getByTestId('audience-rule-test-result').textContent).toBe('pat@example.org → Consensus-oriented (default)');

    // A pattern that is not one is said so (and never matches).
    fireEvent.change(patterns()[1], { target: { value: 'hq example' } });
    expect(screen.getByText('Use *.domain, domain or an address')).toBeTruthy();
    fireEvent.change(patterns()[1], { target: { value: 'hq.example.com' } });

    // Move the second up, then remove the (now second) first rule.
    fireEvent.click(within(screen.getAllByTestId('audience-rule')[1]).getByLabelText('Move up'));
    await waitFor(async () => expect((await audienceRules.getValue())[0].pattern).toBe('hq.example.com'));
    fireEvent.click(within(screen.getAllByTestId('audience-rule')[1]).getByTestId('audience-rule-remove'));
    await waitFor(async () => expect(await audienceRules.getValue()).toEqual([{ pattern: 'hq.example.com', audience: 'results-first' }]));
  });

  it('shows the stored rules and the default; both are locked when the organisation set the audience', async () => {
    await audienceRules.setValue([{ pattern: '*.co.jp', audience: 'consensus' }]);
    await audience.setValue('results-first');
    await managedState.setValue({ packs: [], audience: 'results-first', lockAudience: true });
    await renderOptions();
    expect((screen.getByTestId('audience') as HTMLSelectElement).value).toBe('results-first');
    expect((screen.getByTestId('audience') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByTestId('audience-rule-pattern') as HTMLInputElement).value).toBe('*.co.jp');
    expect((screen.getByTestId('audience-rule-pattern') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Your organisation set the audience, so recipient rules do not apply.')).toBeTruthy();
  });

  it("lists the organisation's rules first, read-only, and tries addresses against them", async () => {
    await audienceRules.setValue([{ pattern: 'partner.com', audience: 'consensus' }]);
    await managedState.setValue({ packs: [], lockAudience: false, audienceRules: [{ pattern: 'hq.example.com', audience: 'results-first' }] });
    await renderOptions();
    expect(screen.getByTestId('audience-org-rules').textContent).toContain('hq.example.com → Results-first');
    expect(screen.getAllByTestId('audience-rule-pattern')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('audience-rule-test'), { target: { value: 'dana@hq.example.com' } });
    expect(screen.getByTestId('audience-rule-test-result').dataset.audience).toBe('results-first');
  });
});

describe('language', () => {
  it('follows the browser by default and switches the whole page to Japanese', async () => {
    await renderOptions();
    const select = screen.getByTestId('ui-language') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect(screen.getByText('Packs')).toBeTruthy();
    await act(async () => {
      fireEvent.change(select, { target: { value: 'ja' } });
    });
    expect(await uiLanguage.getValue()).toBe('ja');
    await waitFor(() => expect(screen.getByText('パック')).toBeTruthy());
    expect(document.documentElement.lang).toBe('ja');
    for (const heading of ['相手', '言語', 'パックをインストール', 'ルールエディター', '個人の統計']) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    }
    const row = within(screen.getAllByTestId('pack-row')[0]);
    expect(row.getByTestId('pack-origin').textContent).toBe('組み込み');
    expect(row.getByTestId('pack-rule-count').textContent).toMatch(/^\d+ ルール$/);
    expect(screen.getByTestId('audience-rule-add').textContent).toBe('ルールを追加');
    expect([...(screen.getByTestId('audience') as HTMLSelectElement).options].map((o) => o.textContent)).toContain('合意重視（例：日本のチーム）');
    expect(screen.getByTestId('nw-stats').textContent).toContain('Nemawashi の使い方について個人の統計を記録する');
    // No English sentence left in the page's own words (pack texts and ids aside).
    const main = screen.getByTestId('options');
    const text = [...main.querySelectorAll('h2, label > span, button, summary, footer, p.meta')].map((el) => el.textContent ?? '').join('\n');
    expect(text.replace(/\S+\/\S+/g, '').split('\n').filter((l) => /\b(the|your|rules?|pack|install|audience)\b/i.test(l))).toEqual([]);
  });
});
