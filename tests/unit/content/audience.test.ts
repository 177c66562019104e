// @vitest-environment happy-dom
/**
 * The audience of each draft: the default until something decides otherwise, the per-draft
 * override (the draft is checked again for it), the organisation's lock (the override goes), the
 * store's view of the field in focus, and the storage watchers torn down by the signal.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAudience } from '../../../entrypoints/content/audience';
import { startFields } from '../../../entrypoints/content/fields';
import { OverlayStore } from '../../../entrypoints/content/store';
import { field } from './helpers';
import { fakeClient } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  const controller = new AbortController();
  const store = new OverlayStore('en');
  const fake = fakeClient();
  const fields = startFields({ store, client: fake.client, audienceFor: (s) => audiences.of(s).choice.audience }, controller.signal);
  const audiences = startAudience({ store, fields, options: () => fake.client.audiences }, { audience: 'consensus' }, controller.signal);
  return { controller, store, fields, audiences, ...fake };
}

it('checks with the default audience, then with the per-draft override, and shows it in the store', async () => {
  const { store, fields, audiences, requests } = setup();
  const session = fields.attach(field('You need to send it.'));
  await vi.waitFor(() => expect(requests).toHaveLength(1));
  expect(requests[0].audience).toBe('consensus');
  expect(store.getState().audience).toMatchObject({ choice: { audience: 'consensus', source: 'default' }, options: ['consensus', 'results-first', 'team'] });
  audiences.override(session, 'results-first');
  await vi.waitFor(() => expect(requests).toHaveLength(2));
  expect(requests[1].audience).toBe('results-first');
  expect(store.getState().audience).toMatchObject({ choice: { audience: 'results-first', source: 'override' }, automatic: 'consensus' });
});

it('follows the default audience and the lock from storage; the lock drops the override', async () => {
  const { store, fields, audiences, requests } = setup();
  const session = fields.attach(field('You need to send it.'));
  audiences.override(session, 'team');
  await fakeBrowser.storage.local.set({ audience: 'results-first' });
  await vi.waitFor(() => expect(store.getState().audience?.automatic).toBe('results-first'));
  expect(store.getState().audience?.choice.audience).toBe('team');
  await fakeBrowser.storage.local.set({ managedState: { lockAudience: true, audience: 'results-first' } });
  await vi.waitFor(() => expect(store.getState().audience?.choice.source).toBe('locked'));
  await vi.waitFor(() => expect(requests.at(-1)?.audience).toBe('results-first'));
});

it('stops following storage once aborted', async () => {
  const { controller, store, fields } = setup();
  fields.attach(field('Hello.'));
  controller.abort();
  const before = store.getState().version;
  await fakeBrowser.storage.local.set({ audience: 'results-first' });
  await new Promise((r) => setTimeout(r, 10));
  expect(store.getState().version).toBe(before);
});
