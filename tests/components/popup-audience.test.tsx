// @vitest-environment happy-dom
/** The popup: the two meters, the draft's audience with its override, and the popup in Japanese. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import type { ContentRequest, DraftSummary } from '../../entrypoints/content/messages';
import { App } from '../../entrypoints/popup/App';
import { uiLanguage } from '../../lib/i18n';
import { I18nProvider, LocalizedRoot } from '../../lib/i18n/react';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const SUMMARY: DraftSummary = {
  kind: 'gmail',
  count: 2,
  friction: 30,
  clarity: 60,
  byCategory: { imposition: 2 },
  enabled: true,
  audience: {
    choice: { audience: 'consensus', source: 'rule', recipients: ['kenji@acme.co.jp'] },
    automatic: 'consensus',
    options: ['consensus', 'results-first'],
  },
};

function props(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    origin: 'https://mail.google.com',
    siteEnabled: true,
    builtinSite: true,
    summary: SUMMARY,
    audience: 'consensus',
    onSiteChange: vi.fn(),
    onAudienceChange: vi.fn(),
    onDraftAudienceChange: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
}

describe('PopupView', () => {
  it('shows harmony and clarity side by side and the draft audience from its recipients', () => {
    const p = props();
    render(<PopupView {...p} />);
    expect(screen.getByTestId('nw-harmony').getAttribute('aria-valuenow')).toBe('70');
    expect(screen.getByTestId('nw-clarity').getAttribute('aria-valuenow')).toBe('60');
    expect(screen.getByTestId('nw-draft-audience').textContent).toContain('kenji@acme.co.jp');
    fireEvent.change(screen.getByTestId('nw-draft-audience-select'), { target: { value: 'results-first' } });
    expect(p.onDraftAudienceChange).toHaveBeenCalledWith('results-first');
  });

  it('locks the default audience when the organisation set it', () => {
    render(<PopupView {...props({ audienceLocked: true })} />);
    expect((screen.getByTestId('nw-audience') as HTMLSelectElement).disabled).toBe(true);
  });

  it('speaks Japanese', () => {
    render(
      <I18nProvider locale="ja">
        <PopupView {...props({ siteEnabled: false, origin: 'https://chat.example.com', builtinSite: false })} />
      </I18nProvider>,
    );
    expect(screen.getByText('すべてこのコンピューター内で処理されます。')).toBeTruthy();
    expect(screen.getByText('chat.example.com').parentElement!.textContent!.replace(/\s+/g, '')).toBe('chat.example.comで下書きをチェックする（このサイトに限って許可を求めます）');
    expect(screen.getByText('書く相手（既定）')).toBeTruthy();
    expect([...(screen.getByTestId('nw-audience') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      '合意重視（例：日本のチーム）',
      '結果重視（率直・要点から）',
    ]);
    cleanup();
    render(
      <I18nProvider locale="ja">
        <PopupView {...props()} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('nw-summary').textContent).toContain('見直す表現 2 か所');
    expect(screen.getByTestId('nw-summary').textContent).toContain('押しつけ');
    expect(screen.getByTestId('nw-draft-audience').textContent).toContain('宛先から選択（kenji@acme.co.jp）');
  });
});

describe('App', () => {
  it('sends the per-draft override to the tab and shows the answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://mail.google.com/mail/u/0/' } as never]);
    const sent: ContentRequest[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: ContentRequest) => {
      sent.push(message);
      if (message.type === 'nemawashi:draft-audience') {
        return { ...SUMMARY, audience: { ...SUMMARY.audience!, choice: { audience: 'results-first', source: 'override' } } };
      }
      return SUMMARY;
    }) as never);
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('nw-draft-audience').dataset.source).toBe('rule'));
    await act(async () => {
      fireEvent.change(screen.getByTestId('nw-draft-audience-select'), { target: { value: 'results-first' } });
    });
    expect(sent).toContainEqual({ type: 'nemawashi:draft-audience', audience: 'results-first' });
    await waitFor(() => expect(screen.getByTestId('nw-draft-audience').dataset.source).toBe('override'));
  });

  it('follows the language chosen in options', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://mail.google.com/mail/u/0/' } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(SUMMARY);
    await uiLanguage.setValue('ja');
    render(
      <LocalizedRoot>
        <App />
      </LocalizedRoot>,
    );
    await waitFor(() => expect(screen.getByText('すべてこのコンピューター内で処理されます。')).toBeTruthy());
    expect(document.documentElement.lang).toBe('ja');
    await act(async () => {
      await uiLanguage.setValue('en');
    });
    await waitFor(() => expect(screen.getByText('Everything stays on this computer.')).toBeTruthy());
  });
});
