// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Nudge } from '../../components/Nudge';

afterEach(cleanup);

describe('Nudge', () => {
  it('says how many phrases may read how, and offers review or send anyway', () => {
    const onReview = vi.fn();
    const onSend = vi.fn();
    render(<Nudge warnings={3} category="imposition" onReview={onReview} onSend={onSend} onClose={vi.fn()} />);
    expect(screen.getByTestId('nw-nudge').textContent).toContain('3 phrases may read as imposing — review or send anyway.');
    fireEvent.click(screen.getByTestId('nw-review'));
    expect(onReview).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByTestId('nw-send-anyway'));
    expect(onSend).toHaveBeenCalledOnce();
    expect(fireEvent.mouseDown(screen.getByTestId('nw-send-anyway'))).toBe(false);
  });

  it('has a plain wording for one phrase of an unnamed category', () => {
    render(<Nudge warnings={1} category={null} onReview={vi.fn()} onSend={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByTestId('nw-nudge').textContent).toContain('1 phrase may read as harsher than meant');
  });
});
