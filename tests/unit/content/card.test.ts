// @vitest-environment happy-dom
/**
 * The card's actions: opening tells stats what was shown, Ignore closes a card holding only that
 * finding and takes it away, "Turn off this rule" hides the rule's findings in every field at
 * once, stores the switch (the background follows it) and offers an Undo that removes it again;
 * a page's made-up click opens nothing.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCard } from '../../../entrypoints/content/card';
import { startFields } from '../../../entrypoints/content/fields';
import { OverlayStore, type CheckerEvent } from '../../../entrypoints/content/store';
import { disabledRules } from '../../../lib/storage/settings';
import { field } from './helpers';
import { fakeClient } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

async function setup() {
  const controller = new AbortController();
  const store = new OverlayStore('en');
  const events: CheckerEvent[] = [];
  store.onEvent((e) => events.push(e), controller.signal);
  const fake = fakeClient();
  const fields = startFields({ store, client: fake.client, audienceFor: () => 'consensus' }, controller.signal);
  const card = startCard({ store, fields }, controller.signal);
  const a = fields.attach(field('You need to send it.'));
  const b = fields.attach(field('You need to call.'));
  await vi.waitFor(() => expect(a.groups.length + b.groups.length).toBe(2));
  return { controller, store, fields, card, events, a, b };
}

it('opens a card for a mark, tells stats it was shown, and Ignore closes it and takes the finding away', async () => {
  const { store, card, events, a } = await setup();
  card.openCard(a, a.groups[0], { pinned: true });
  expect(store.getState().card).toMatchObject({ session: a, pinned: true });
  expect(a.active).toBe(a.findings[0]);
  expect(events).toEqual([{ type: 'shown', finding: a.findings[0] }]);
  const f = a.findings[0];
  card.ignore(a, f);
  expect(store.getState().card).toBeNull();
  expect(a.findings).toHaveLength(0);
  expect(events.at(-1)).toEqual({ type: 'ignored', finding: f });
});

it('turns a rule off in every field at once, stores it, and Undo turns it back on', async () => {
  const { store, card, a, b } = await setup();
  await card.disableRule(a, a.findings[0]);
  expect(a.findings).toHaveLength(0);
  expect(b.findings).toHaveLength(0);
  expect(store.getState().toast).toMatchObject({ rule: 'test/mini/you-need-to' });
  expect(await disabledRules.getValue()).toEqual(['test/mini/you-need-to']);
  await card.undoDisableRule();
  expect(store.getState().toast).toBeNull();
  expect(await disabledRules.getValue()).toEqual([]);
});

it('the list toggles from the indicator and closes a card; a made-up click opens nothing', async () => {
  const { store, card, a } = await setup();
  card.openCard(a, a.groups[0], { pinned: false });
  card.toggleList();
  expect(store.getState()).toMatchObject({ listOpen: true, card: null });
  card.toggleList();
  expect(store.getState().listOpen).toBe(false);
  a.root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
  expect(store.getState().card).toBeNull();
});

it('aborting removes its listeners: Escape no longer closes anything', async () => {
  const { controller, store, card, a } = await setup();
  card.openCard(a, a.groups[0], { pinned: true });
  controller.abort();
  // A trusted Escape cannot be made here; what can be checked is that the listener is gone.
  const spy = vi.spyOn(store, 'getState');
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(spy).not.toHaveBeenCalled();
});
