// @vitest-environment happy-dom
/** The two meters, the draft's audience, and the content UI in Japanese. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftAudience } from '../../components/DraftAudience';
import { FindingCard } from '../../components/FindingCard';
import { FindingList } from '../../components/FindingList';
import { Indicator } from '../../components/Indicator';
import { Meter, Meters, meterLevel } from '../../components/Meters';
import { Nudge } from '../../components/Nudge';
import { I18nProvider } from '../../lib/i18n/react';
import { finding } from './fixtures';

afterEach(cleanup);

const ja = (ui: ReactNode) => render(<I18nProvider locale="ja">{ui}</I18nProvider>);

describe('Meters', () => {
  it('show harmony (100 - friction) and clarity side by side, higher is better', () => {
    render(<Meters friction={20} clarity={35} />);
    const harmony = screen.getByTestId('nw-harmony');
    const clarity = screen.getByTestId('nw-clarity');
    expect(harmony.getAttribute('aria-valuenow')).toBe('80');
    expect(harmony.className).toContain('nw-gauge-good');
    expect(clarity.getAttribute('aria-valuenow')).toBe('35');
    expect(clarity.className).toContain('nw-gauge-poor');
    expect(screen.getByTestId('nw-meters').textContent).toBe('Harmony80Clarity35');
    // Side by side: harmony first, in one container.
    const meters = screen.getByTestId('nw-meters');
    expect(within(meters).getAllByRole('meter').map((m) => m.dataset.testid)).toEqual(['nw-harmony', 'nw-clarity']);
  });

  it('have levels and a one-character compact form with a full title', () => {
    expect([meterLevel(100), meterLevel(75), meterLevel(74), meterLevel(40), meterLevel(39)]).toEqual(['good', 'good', 'fair', 'fair', 'poor']);
    render(<Meter kind="clarity" value={62.4} compact />);
    const gauge = screen.getByTestId('nw-clarity').parentElement!;
    expect(gauge.querySelector('[data-letter]')!.getAttribute('data-letter')).toBe('C');
    expect(gauge.textContent).toBe('');
    expect(gauge.title).toMatch(/^Clarity 62\/100/);
  });
});

describe('DraftAudience', () => {
  it('says the audience came from the recipients and offers an override for this draft', () => {
    const onChange = vi.fn();
    render(
      <DraftAudience
        choice={{ audience: 'consensus', source: 'rule', recipients: ['kenji@acme.co.jp'], rule: { pattern: '*.co.jp', audience: 'consensus' } }}
        automatic="consensus"
        onChange={onChange}
      />,
    );
    const box = screen.getByTestId('nw-draft-audience');
    expect(box.dataset.audience).toBe('consensus');
    expect(box.dataset.source).toBe('rule');
    expect(box.textContent).toContain('chosen from the recipients (kenji@acme.co.jp)');
    const select = screen.getByTestId('nw-draft-audience-select') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Automatic: Consensus-oriented', 'Consensus-oriented', 'Results-first']);
    fireEvent.change(select, { target: { value: 'results-first' } });
    expect(onChange).toHaveBeenCalledWith('results-first');
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('is locked when the organisation set the audience', () => {
    render(<DraftAudience choice={{ audience: 'results-first', source: 'locked' }} automatic="results-first" onChange={vi.fn()} />);
    expect((screen.getByTestId('nw-draft-audience-select') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByTestId('nw-draft-audience').textContent).toContain('set by your organisation');
  });
});

describe('the content UI in Japanese', () => {
  it('indicator: label and meters', () => {
    ja(<Indicator count={2} friction={30} clarity={50} severity="warning" />);
    const badge = screen.getByTestId('nw-indicator');
    expect(badge.getAttribute('data-count')).toBe('2');
    expect(badge.getAttribute('aria-label')).toBe('Nemawashi：意図より強く響くおそれのある表現が 2 か所あります');
    expect(screen.getByTestId('nw-harmony').getAttribute('aria-label')).toBe('調和');
    expect(screen.getByTestId('nw-clarity').getAttribute('aria-label')).toBe('明確さ');
    // The meters' one-letter names are drawn by CSS (data-letter), outside the button's text.
    expect(badge.textContent).toBe('2');
    expect([...badge.querySelectorAll('[data-letter]')].map((el) => el.getAttribute('data-letter'))).toEqual(['和', '明']);
  });

  it('card: severity, category and actions (pack text as the engine gave it)', () => {
    const f = finding({ message: '「You need to」は命令に聞こえます。' });
    ja(<FindingCard finding={f} />);
    const card = screen.getByTestId('nw-finding');
    expect(card.getAttribute('data-rule-id')).toBe('you-need-to');
    expect(card.textContent).toContain('悪く響くおそれ');
    expect(card.textContent).toContain('押しつけ');
    expect(card.textContent).toContain('「You need to」は命令に聞こえます。');
    expect(screen.getByTestId('nw-ignore').textContent).toBe('無視');
    expect(screen.getByTestId('nw-disable-rule').textContent).toBe('このルールをオフにする');
    expect(screen.getByRole('list').getAttribute('aria-label')).toBe('やわらかい言い方');
  });

  it('list: count, meters and the draft audience', () => {
    ja(
      <FindingList
        findings={[finding()]}
        friction={40}
        clarity={70}
        audience={{ choice: { audience: 'results-first', source: 'override' }, automatic: 'consensus', onChange: vi.fn() }}
        onApply={vi.fn()}
        onIgnore={vi.fn()}
        onDisableRule={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByText('見直す表現 1 か所')).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Nemawashi の指摘');
    expect(screen.getByTestId('nw-harmony').getAttribute('aria-valuenow')).toBe('60');
    expect(screen.getByTestId('nw-draft-audience').textContent).toContain('この下書きで選択');
    expect((screen.getByTestId('nw-draft-audience-select') as HTMLSelectElement).value).toBe('results-first');
    expect(screen.getByText('自動：合意重視')).toBeTruthy();
  });

  it('nudge', () => {
    ja(<Nudge warnings={3} category="pressure" onReview={vi.fn()} onSend={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByTestId('nw-nudge').textContent).toContain('急かしていると受け取られるおそれのある表現が 3 か所あります');
    expect(screen.getByTestId('nw-send-anyway').textContent).toBe('このまま送信');
    expect(screen.getByTestId('nw-review').textContent).toBe('見直す');
  });
});
