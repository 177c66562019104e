// @vitest-environment happy-dom
/**
 * The overlay reads the store through props and calls only the actions it is given: the
 * indicator shows the focused field's count and toggles the list; the list shows the draft's
 * audience from the store; the nudge's buttons call the nudge's actions.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Overlay, type OverlayActions } from '../../entrypoints/content/Overlay';
import { OverlayStore } from '../../entrypoints/content/store';
import { session } from '../unit/content/helpers';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function actions(): OverlayActions {
  const names = ['toggleList', 'closeList', 'hoverCard', 'apply', 'applyRewrite', 'ignore', 'disableRule', 'undoDisableRule', 'closeToast', 'sendAnyway', 'reviewBeforeSend', 'closeNudge', 'overrideAudience'];
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as OverlayActions;
}

function focused() {
  const s = session('You need to send it. You need to call.');
  s.root.getBoundingClientRect = () => ({ left: 10, top: 10, right: 510, bottom: 210, width: 500, height: 200, x: 10, y: 10 }) as DOMRect;
  s.check(true);
  return s;
}

it('shows the focused field\'s count; the indicator toggles the list through its action', () => {
  const store = new OverlayStore('en');
  const a = actions();
  render(<Overlay store={store} actions={a} />);
  expect(screen.queryByTestId('nw-indicator')).toBeNull();
  const s = focused();
  act(() => store.update({ session: s }));
  const indicator = screen.getByTestId('nw-indicator');
  expect(indicator.getAttribute('data-count')).toBe('2');
  fireEvent.click(indicator);
  expect(a.toggleList).toHaveBeenCalledTimes(1);
});

it('the list shows the audience the store holds; picking one calls overrideAudience', () => {
  const store = new OverlayStore('en');
  const a = actions();
  render(<Overlay store={store} actions={a} />);
  const s = focused();
  act(() =>
    store.update({
      session: s,
      listOpen: true,
      audience: { choice: { audience: 'consensus', source: 'default' }, automatic: 'consensus', options: ['consensus', 'results-first'] },
    }),
  );
  expect(screen.getAllByTestId('nw-finding')).toHaveLength(2);
  const select = document.querySelector('select') as HTMLSelectElement;
  expect(select).not.toBeNull();
  fireEvent.change(select, { target: { value: 'results-first' } });
  expect(a.overrideAudience).toHaveBeenCalledWith(s, 'results-first');
});

it("the nudge's buttons call the nudge's actions", () => {
  const store = new OverlayStore('en');
  const a = actions();
  render(<Overlay store={store} actions={a} />);
  const s = focused();
  const button = document.createElement('button');
  document.body.append(button);
  act(() => store.update({ session: s, nudge: { session: s, button, warnings: 2, category: 'imposition' } }));
  fireEvent.click(screen.getByTestId('nw-send-anyway'));
  fireEvent.click(screen.getByTestId('nw-review'));
  expect(a.sendAnyway).toHaveBeenCalledTimes(1);
  expect(a.reviewBeforeSend).toHaveBeenCalledTimes(1);
});
