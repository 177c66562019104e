// @vitest-environment happy-dom
/** Issue 10, hole 3: a giant draft checked in part says so in the findings list. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FindingList } from '../../components/FindingList';

afterEach(cleanup);
const noop = () => {};

it('says when only the part around the cursor was checked, and only then', () => {
  const { rerender } = render(<FindingList findings={[]} friction={0} partial onApply={noop} onIgnore={noop} onDisableRule={noop} onClose={noop} />);
  expect(screen.getByTestId('nw-partial').textContent).toBe('This draft is very long: only the part around the cursor is checked.');
  rerender(<FindingList findings={[]} friction={0} onApply={noop} onIgnore={noop} onDisableRule={noop} onClose={noop} />);
  expect(screen.queryByTestId('nw-partial')).toBeNull();
});
