// @vitest-environment happy-dom
/**
 * Before you send: off by default; when on, a click on Send with warnings open is held once and
 * the nudge shows, a second press (or "Send anyway") sends; the site's keyboard Send (the
 * adapter's isSendShortcut) is held the same way and "Send anyway" clicks the compose window's
 * Send (sendButtonFor); no warnings, no hold; a Send that goes through forgets the draft's ignores.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFields } from '../../../entrypoints/content/fields';
import { startNudge } from '../../../entrypoints/content/nudge';
import { OverlayStore } from '../../../entrypoints/content/store';
import type { EditorAdapter } from '../../../lib/editors/types';
import { field } from './helpers';
import { fakeClient } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

async function setup(text: string, on = true) {
  const controller = new AbortController();
  const store = new OverlayStore('en');
  const fake = fakeClient();
  const fields = startFields({ store, client: fake.client, audienceFor: () => 'consensus' }, controller.signal);
  const compose = document.createElement('div');
  const send = document.createElement('button');
  send.textContent = 'Send';
  const sent = vi.fn();
  send.addEventListener('click', sent);
  const f = field(text);
  compose.append(f.root, send);
  document.body.append(compose);
  const adapter: EditorAdapter = {
    ...f.adapter,
    sendButton: (target) => (send.contains(target) ? send : null),
    sendButtonFor: () => send,
    isSendShortcut: (e) => e.key === 'Enter' && e.ctrlKey,
  };
  const nudge = startNudge({ store, fields, on }, controller.signal);
  const session = fields.attach({ root: f.root, adapter });
  await vi.waitFor(() => expect(session.pending).toBe(false));
  return { controller, store, nudge, session, send, sent };
}

it('holds a click on Send once when warnings are open; the second press sends', async () => {
  const { store, send, sent } = await setup('You need to send it.');
  send.click();
  expect(sent).not.toHaveBeenCalled();
  expect(store.getState().nudge).toMatchObject({ warnings: 1, category: 'imposition', button: send });
  send.click();
  expect(sent).toHaveBeenCalledTimes(1);
  expect(store.getState().nudge).toBeNull();
});

it('holds the keyboard Send; "Send anyway" presses the compose window\'s Send', async () => {
  const { store, nudge, session, sent } = await setup('You need to send it.');
  const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
  session.root.dispatchEvent(key);
  expect(key.defaultPrevented).toBe(true);
  expect(store.getState().nudge?.warnings).toBe(1);
  nudge.sendAnyway();
  expect(sent).toHaveBeenCalledTimes(1);
  expect(store.getState().nudge).toBeNull();
});

it('lets Send through with no warnings, and when switched off', async () => {
  const calm = await setup('Could you send it?');
  calm.send.click();
  expect(calm.sent).toHaveBeenCalledTimes(1);
  calm.controller.abort();
  document.body.innerHTML = '';
  const off = await setup('You need to send it.', false);
  off.send.click();
  const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
  off.session.root.dispatchEvent(key);
  expect(off.sent).toHaveBeenCalledTimes(1);
  expect(key.defaultPrevented).toBe(false);
  expect(off.store.getState().nudge).toBeNull();
});

it('follows the switch in storage; "Review" opens the list on the draft', async () => {
  const { store, nudge, session, send, sent } = await setup('You need to send it.', false);
  await fakeBrowser.storage.local.set({ sendNudge: true });
  await vi.waitFor(() => {
    send.click();
    expect(store.getState().nudge).not.toBeNull();
  });
  expect(sent.mock.calls.length).toBeLessThanOrEqual(1);
  nudge.reviewBeforeSend();
  expect(store.getState()).toMatchObject({ nudge: null, listOpen: true, session });
});

it('a Send that goes through forgets what was ignored in the draft', async () => {
  const { session, send } = await setup('Could you send it?');
  const forget = vi.spyOn(session, 'forgetIgnored');
  send.click();
  expect(forget).toHaveBeenCalledTimes(1);
});
