// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/FindingCard';
import { finding } from './fixtures';

afterEach(cleanup);

describe('FindingCard', () => {
  it('shows the message, the why folded under "Why?", and one button per suggestion (at most three)', () => {
    const f = finding({ suggestions: ['one', 'two', 'three', 'four'] });
    render(<FindingCard finding={f} />);
    const card = screen.getByTestId('nw-finding');
    expect(card.getAttribute('data-rule-id')).toBe('you-need-to');
    expect(card.getAttribute('data-pack-id')).toBe('nemawashi/consensus');
    expect(screen.getByText(f.message)).toBeTruthy();
    expect(screen.queryByText(f.why)).toBeNull();
    const why = screen.getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(f.why)).toBeTruthy();
    expect(screen.getAllByTestId('nw-suggestion').map((b) => b.textContent)).toEqual(['one', 'two', 'three']);
    expect(screen.getByTestId('nw-ignore')).toBeTruthy();
  });

  it('calls back with the chosen suggestion, ignore and turn-off', () => {
    const onApply = vi.fn();
    const onIgnore = vi.fn();
    const onDisableRule = vi.fn();
    render(<FindingCard finding={finding()} onApply={onApply} onIgnore={onIgnore} onDisableRule={onDisableRule} />);
    fireEvent.click(screen.getAllByTestId('nw-suggestion')[1]);
    expect(onApply).toHaveBeenCalledWith('Would it be possible to send the report?');
    fireEvent.click(screen.getByTestId('nw-ignore'));
    expect(onIgnore).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByTestId('nw-disable-rule'));
    expect(onDisableRule).toHaveBeenCalledOnce();
  });

  it('keeps focus in the editor: pressing a button does not take focus', () => {
    render(<FindingCard finding={finding()} />);
    for (const button of screen.getAllByRole('button')) {
      // fireEvent returns false when the default action was prevented.
      expect(fireEvent.mouseDown(button)).toBe(false);
    }
  });

  it('marks the words a suggestion adds; the button still reads exactly the suggestion', () => {
    render(<FindingCard finding={finding({ text: 'You need to send the report', suggestions: ['Could you send the report?'] })} />);
    const button = screen.getByTestId('nw-suggestion');
    expect(button.textContent).toBe('Could you send the report?');
    expect([...button.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['Could you', '?']);
  });

  it("offers the engine's whole-sentence rewrite when its own wordings were withheld", () => {
    const onApplyRewrite = vi.fn();
    const rewrite = { start: 0, end: 60, suggestions: ['Could you update the deck, and loop in Osaka as soon as you can?'] };
    render(<FindingCard finding={finding({ suggestions: [], rewrite })} onApplyRewrite={onApplyRewrite} autoFocus />);
    const button = screen.getByTestId('nw-rewrite');
    expect(button.textContent).toBe(rewrite.suggestions[0]);
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onApplyRewrite).toHaveBeenCalledWith(rewrite.suggestions[0]);
    cleanup();
    // With wordings of its own, those are offered, not the rewrite.
    render(<FindingCard finding={finding({ rewrite })} onApplyRewrite={onApplyRewrite} />);
    expect(screen.queryByTestId('nw-rewrite')).toBeNull();
  });

  it('renders pack text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const { container } = render(
      <FindingCard finding={finding({ message: hostile, why: hostile, text: hostile, suggestions: [hostile] })} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThanOrEqual(3);
    expect((window as any).__pwned).toBeUndefined();
  });

  it('has no suggestion list when the rule offers none, and can take keyboard focus', () => {
    render(<FindingCard finding={finding({ suggestions: [] })} autoFocus />);
    expect(screen.queryAllByTestId('nw-suggestion')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByTestId('nw-ignore'));
  });

  it('does not quote the text of a draft-level finding', () => {
    const { container } = render(<FindingCard finding={finding({ scope: 'draft', text: 'whole draft text' })} />);
    expect(container.querySelector('.nw-quote')).toBeNull();
  });
});
