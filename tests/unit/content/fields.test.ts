// @vitest-environment happy-dom
/**
 * Attach and paint: a focused field gets a session checked for its audience in the UI's
 * language; each painted check is counted on the UI host (data-checks); a change in the
 * background's packs re-checks every field; fields that left the page are let go; aborting the
 * signal lets every field go and closes the port.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
  const fields = startFields({ store, client: fake.client, audienceFor: () => 'results-first' }, controller.signal);
  fields.host = document.createElement('nemawashi-ui');
  return { controller, store, fields, ...fake };
}

it('checks a focused field for its audience and counts each painted check on the host', async () => {
  const { store, fields, requests, client } = setup();
  const session = fields.attach(field('You need to send it.'));
  expect(store.getState().session).toBe(session);
  expect(session.root.getAttribute('data-nemawashi')).toBe('checked');
  expect(client.warmOn).toBe(true);
  await vi.waitFor(() => expect(fields.host!.getAttribute('data-checks')).toBe('1'));
  expect(session.findings).toHaveLength(1);
  expect(requests[0]).toMatchObject({ text: 'You need to send it.', audience: 'results-first', locale: 'en' });
  // Focusing it again re-uses the session and sends nothing when the text has not changed.
  expect(fields.attach({ root: session.root, adapter: session.adapter })).toBe(session);
  await new Promise((r) => setTimeout(r, 0));
  expect(requests).toHaveLength(1);
});

it('re-checks every field when the engine says its packs or rules changed', async () => {
  const { fields, requests, engineChanged } = setup();
  fields.attach(field('You need to send it.'));
  fields.attach(field('Another one.'));
  await vi.waitFor(() => expect(fields.host!.getAttribute('data-checks')).toBe('2'));
  engineChanged();
  await vi.waitFor(() => expect(fields.host!.getAttribute('data-checks')).toBe('4'));
  expect(requests).toHaveLength(4);
});

it('lets go of a field that left the page, and stops keeping the engine warm', async () => {
  const { store, fields, client } = setup();
  const session = fields.attach(field('You need to send it.'));
  session.root.remove();
  fields.sweep();
  expect(fields.sessions.size).toBe(0);
  expect(store.getState().session).toBeNull();
  expect(client.warmOn).toBe(false);
});

it('aborting lets every field go and closes the port; the language watcher is gone', async () => {
  const { controller, store, fields, client, requests } = setup();
  const session = fields.attach(field('You need to send it.'));
  await vi.waitFor(() => expect(session.pending).toBe(false));
  controller.abort();
  expect(session.root.hasAttribute('data-nemawashi')).toBe(false);
  expect(client.shut).toBe(true);
  const before = { locale: store.getState().locale, requests: requests.length };
  await fakeBrowser.storage.local.set({ uiLanguage: 'ja' });
  await new Promise((r) => setTimeout(r, 10));
  expect(store.getState().locale).toBe(before.locale);
  expect(requests).toHaveLength(before.requests);
});

it('the UI language changes: the store says so and fields are checked again in it', async () => {
  const { store, fields, requests } = setup();
  fields.attach(field('You need to send it.'));
  await vi.waitFor(() => expect(requests).toHaveLength(1));
  await fakeBrowser.storage.local.set({ uiLanguage: 'ja' });
  await vi.waitFor(() => expect(store.getState().locale).toBe('ja'));
  await vi.waitFor(() => expect(requests.at(-1)?.locale).toBe('ja'));
});
