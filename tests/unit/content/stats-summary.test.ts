// @vitest-environment happy-dom
/**
 * Stats record what the card tells them (category and kind only) until aborted; the popup's
 * summary counts the focused draft's findings by category and applies its audience override.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAudience } from '../../../entrypoints/content/audience';
import { startFields } from '../../../entrypoints/content/fields';
import { startStats } from '../../../entrypoints/content/stats';
import { OverlayStore } from '../../../entrypoints/content/store';
import { startSummary } from '../../../entrypoints/content/summary';
import { field, finding } from './helpers';
import { fakeClient } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

it('stats record category and kind of each event until aborted', () => {
  const controller = new AbortController();
  const store = new OverlayStore('en');
  const record = vi.fn(async () => {});
  startStats(store, controller.signal, record);
  store.emit({ type: 'applied', finding: finding('You need to', 0) });
  expect(record).toHaveBeenCalledWith('imposition', 'applied');
  controller.abort();
  store.emit({ type: 'ignored', finding: finding('You need to', 0) });
  expect(record).toHaveBeenCalledTimes(1);
});

it('the summary counts the focused draft and applies the popup\'s audience override', async () => {
  const controller = new AbortController();
  const store = new OverlayStore('en');
  const fake = fakeClient();
  const fields = startFields({ store, client: fake.client, audienceFor: (s) => audiences.of(s).choice.audience }, controller.signal);
  const audiences = startAudience({ store, fields, options: () => fake.client.audiences }, { audience: 'consensus' }, controller.signal);
  const summary = startSummary({ store, audiences });
  expect(summary.answer({ type: 'nemawashi:summary' }, true)).toMatchObject({ kind: null, count: 0, enabled: true });
  const session = fields.attach(field('You need to send it. You need to call.'));
  await vi.waitFor(() => expect(session.pending).toBe(false));
  expect(summary.answer({ type: 'nemawashi:summary' }, true)).toMatchObject({
    kind: 'contenteditable',
    count: 2,
    friction: 20,
    byCategory: { imposition: 2 },
    audience: { choice: { audience: 'consensus' } },
  });
  const after = summary.answer({ type: 'nemawashi:draft-audience', audience: 'results-first' }, true);
  expect(after.audience?.choice).toMatchObject({ audience: 'results-first', source: 'override' });
  await vi.waitFor(() => expect(fake.requests.at(-1)?.audience).toBe('results-first'));
});
