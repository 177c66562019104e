// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingList } from '../../components/FindingList';
import { Indicator } from '../../components/Indicator';
import { finding } from './fixtures';

afterEach(cleanup);

describe('Indicator', () => {
  it('carries the number of findings, harmony (100 - friction) and clarity', () => {
    render(<Indicator count={3} friction={72} clarity={90} severity="warning" />);
    const badge = screen.getByTestId('nw-indicator');
    expect(badge.getAttribute('data-count')).toBe('3');
    expect(badge.getAttribute('data-busy')).toBe('false');
    expect(badge.textContent).toContain('3');
    expect(badge.getAttribute('aria-label')).toMatch(/3 phrases/);
    expect(badge.className).toContain('nw-sev-warning');
    const [harmony, clarity] = screen.getAllByRole('meter');
    expect(harmony.getAttribute('aria-label')).toBe('Harmony');
    expect(harmony.getAttribute('aria-valuenow')).toBe('28');
    expect(harmony.className).toContain('nw-gauge-poor');
    expect(clarity.getAttribute('aria-label')).toBe('Clarity');
    expect(clarity.getAttribute('aria-valuenow')).toBe('90');
    expect(clarity.className).toContain('nw-gauge-good');
  });

  it('shows a check mark and "nothing to soften" at zero', () => {
    render(<Indicator count={0} friction={0} severity={null} busy />);
    const badge = screen.getByTestId('nw-indicator');
    expect(badge.getAttribute('data-count')).toBe('0');
    expect(badge.getAttribute('data-busy')).toBe('true');
    expect(badge.textContent).toContain('✓');
    expect(badge.getAttribute('aria-label')).toMatch(/nothing to soften/);
  });

  it('toggles the list without taking focus from the editor', () => {
    const onToggle = vi.fn();
    render(<Indicator count={1} friction={10} severity="suggestion" expanded={false} onToggle={onToggle} />);
    const badge = screen.getByTestId('nw-indicator');
    expect(fireEvent.mouseDown(badge)).toBe(false);
    fireEvent.click(badge);
    expect(onToggle).toHaveBeenCalledOnce();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('clamps both meters to 0-100', () => {
    render(<Indicator count={1} friction={180} clarity={-5} severity="info" />);
    expect(screen.getByTestId('nw-harmony').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('nw-clarity').getAttribute('aria-valuenow')).toBe('0');
  });
});

describe('FindingList', () => {
  it('lists every finding with its own actions', () => {
    const a = finding();
    const b = finding({ rule: 'asap', start: 40, end: 44, text: 'ASAP', suggestions: ['by Friday'] });
    const onApply = vi.fn();
    const onIgnore = vi.fn();
    render(
      <FindingList
        findings={[a, b]}
        friction={40}
        onApply={onApply}
        onIgnore={onIgnore}
        onDisableRule={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const cards = screen.getAllByTestId('nw-finding');
    expect(cards.map((c) => c.getAttribute('data-rule-id'))).toEqual(['you-need-to', 'asap']);
    expect(screen.getByText('2 phrases to review')).toBeTruthy();
    fireEvent.click(screen.getByText('by Friday'));
    expect(onApply).toHaveBeenCalledWith(b, 'by Friday');
    fireEvent.click(screen.getAllByTestId('nw-ignore')[0]);
    expect(onIgnore).toHaveBeenCalledWith(a);
  });
});
