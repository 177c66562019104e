// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingList } from '../../components/FindingList';
import { finding } from './fixtures';

afterEach(cleanup);

const noop = () => {};

describe('FindingList', () => {
  it('lists what is drawn first, then the whole draft: its findings (counted) and the tips (not counted)', () => {
    const a = finding({ start: 0, end: 11, text: 'You need to' });
    const b = finding({ rule: 'decision', start: 20, end: 40, text: 'We have decided this' });
    const draft = finding({ rule: 'no-clear-ask', scope: 'draft', start: 0, end: 0, text: '', suggestions: [] });
    const tip = finding({ rule: 'no-acknowledgement', scope: 'draft', start: 0, end: 0, text: '', suggestions: ['Thank you. '] });
    render(
      <FindingList
        findings={[a, draft, b]}
        wholeDraft={[draft]}
        tips={[tip]}
        friction={40}
        onApply={noop}
        onIgnore={noop}
        onDisableRule={noop}
        onClose={noop}
      />,
    );
    expect(screen.getByText('3 phrases to review')).toBeTruthy();
    expect(screen.getAllByTestId('nw-finding').map((el) => el.dataset.ruleId)).toEqual(['you-need-to', 'decision', 'no-clear-ask']);
    expect(screen.getAllByTestId('nw-tip').map((el) => el.dataset.ruleId)).toEqual(['no-acknowledgement']);
    const section = screen.getByText('About the whole draft');
    // The section heading comes after the drawn findings and before the whole-draft ones.
    const order = [...document.querySelectorAll('[data-testid="nw-finding"], [data-testid="nw-tip"], .nw-list-section')].map(
      (el) => (el === section ? 'section' : (el as HTMLElement).dataset.ruleId),
    );
    expect(order).toEqual(['you-need-to', 'decision', 'section', 'no-clear-ask', 'no-acknowledgement']);
  });

  it('shows no whole-draft section when there is nothing for it', () => {
    render(<FindingList findings={[finding()]} friction={10} onApply={noop} onIgnore={noop} onDisableRule={noop} onClose={noop} />);
    expect(screen.queryByText('About the whole draft')).toBeNull();
  });
});
