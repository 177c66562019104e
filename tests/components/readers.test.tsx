// @vitest-environment happy-dom
/**
 * Reader names come from the packs: the built-in packs' readers in English and Japanese, and a
 * team pack for a new audience listed under the label it declares, in every picker that lists
 * readers (popup, Options, a draft's reader), once installed and while it is switched on.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftAudience } from '../../components/DraftAudience';
import { AudiencePicker } from '../../components/popup/AudiencePicker';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { AudienceSection } from '../../entrypoints/options/AudienceSection';
import { uiLanguage } from '../../lib/i18n';
import { LocalizedRoot } from '../../lib/i18n/react';
import type { Pack } from '../../lib/packs/schema';
import type { InstalledPack } from '../../lib/storage/install';
import { audience, installedPacks, packSwitches } from '../../lib/storage/items';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const financePack: Pack = {
  id: 'acme/finance',
  version: '1.0.0',
  name: 'Finance review',
  description: 'How the finance review board likes its mail.',
  language: 'en',
  audience: 'finance-review',
  reader: { label: { en: 'Finance review board', ja: '財務審査委員会' }, short: 'Finance board' },
  license: 'CC0-1.0',
  rules: [
    {
      id: 'ballpark',
      category: 'vagueness',
      severity: 'suggestion',
      match: { phrases: ['ballpark'] },
      message: 'Give the figure.',
      why: 'The board wants numbers.',
      examples: { flag: ['A ballpark figure is fine.'], pass: ['The figure is 12,400 euros.'] },
    },
  ],
};

async function install(pack: Pack = financePack) {
  const record: InstalledPack = { pack, origin: 'file', installedAt: 1, updatedAt: 1 } as InstalledPack;
  await installedPacks.setValue({ [pack.id]: record });
}

const optionTexts = (testId: string) => [...(screen.getByTestId(testId) as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);

function Picker() {
  return (
    <LocalizedRoot>
      <AudiencePicker value="consensus" onChange={() => {}} />
    </LocalizedRoot>
  );
}

describe('reader names from the packs', () => {
  it('the built-in readers carry their packs’ labels, in English and in Japanese', async () => {
    await uiLanguage.setValue('en');
    const { unmount } = render(<Picker />);
    await waitFor(() => expect(optionTexts('nw-audience')).toEqual([
      ['consensus', 'Consensus-oriented (e.g. a Japanese team)'],
      ['results-first', 'Results-first (direct, to the point)'],
    ]));
    unmount();
    await uiLanguage.setValue('ja');
    render(<Picker />);
    await waitFor(() => expect(optionTexts('nw-audience')).toEqual([
      ['consensus', '合意重視（例：日本のチーム）'],
      ['results-first', '結果重視（率直・要点から）'],
    ]));
  });

  it('a team pack with audience finance-review appears in the popup picker under its own label, and leaves when switched off', async () => {
    await uiLanguage.setValue('en');
    await install();
    render(<Picker />);
    await waitFor(() => expect(optionTexts('nw-audience')).toContainEqual(['finance-review', 'Finance review board']));
    await act(() => packSwitches.setValue({ 'acme/finance': false }));
    await waitFor(() => expect(optionTexts('nw-audience').map(([v]) => v)).toEqual(['consensus', 'results-first']));
  });

  it('shows the team reader in Japanese where the pack says it, and a pack without a reader block by its id', async () => {
    await uiLanguage.setValue('ja');
    await install();
    const { unmount } = render(<Picker />);
    await waitFor(() => expect(optionTexts('nw-audience')).toContainEqual(['finance-review', '財務審査委員会']));
    unmount();
    const { reader: _, ...old } = financePack;
    await install({ ...old, id: 'acme/legal', audience: 'legal-review' });
    render(<Picker />);
    await waitFor(() => expect(optionTexts('nw-audience')).toContainEqual(['legal-review', 'Legal review']));
  });

  it('Options (default reader, recipient rules) and a draft’s reader list it too, with the short name where space is short', async () => {
    await uiLanguage.setValue('en');
    await install();
    await audience.setValue('finance-review');
    render(
      <LocalizedRoot>
        <AudienceSection packAudiences={[]} locked={false} />
        <DraftAudience choice={{ audience: 'consensus', source: 'default' }} automatic="consensus" onChange={() => {}} />
      </LocalizedRoot>,
    );
    await waitFor(() => expect(optionTexts('audience')).toContainEqual(['finance-review', 'Finance review board']));
    // The stored default arrives on its own read; the list may be drawn before it.
    await waitFor(() => expect((screen.getByTestId('audience') as HTMLSelectElement).value).toBe('finance-review'));
    expect(optionTexts('nw-draft-audience-select')).toContainEqual(['finance-review', 'Finance board']);
    expect(optionTexts('nw-draft-audience-select')).toContainEqual(['results-first', 'Results-first']);
  });

  it('the welcome page offers the built-in readers with their packs’ labels and descriptions, in Japanese', async () => {
    await uiLanguage.setValue('ja');
    render(
      <LocalizedRoot>
        <WelcomePage packs={[]} pages={{ practice: 'p', builder: 'b', options: 'o' }} />
      </LocalizedRoot>,
    );
    const consensus = await screen.findByTestId('welcome-reader-consensus');
    expect(consensus.closest('label')!.textContent).toBe('合意重視（例：日本のチーム） — 押しつけやぶっきらぼうに響きそうな表現を和らげます。');
    expect(screen.getByTestId('welcome-reader-results-first').closest('label')!.textContent).toContain('遠回しすぎて依頼が伝わらない下書きを指摘します。');
  });
});
