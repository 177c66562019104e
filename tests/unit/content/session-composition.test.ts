// @vitest-environment happy-dom
/**
 * An IME composition is known to the field's session before the page's editor reacts to it: an
 * editor that changes its DOM in its own compositionstart handler (Lexical inserts a placeholder
 * character there), even one that stops the event, does not get a check scheduled mid-composition.
 */
import { afterEach, expect, it } from 'vitest';
import { FieldSession } from '../../../lib/session/field-session';
import { fakeAnalyze, fakePainter, field } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

it("a DOM change made by the editor's compositionstart handler schedules no check", async () => {
  const f = field('Thanks for the update.');
  // The editor's listener is there first (it was set up with the editor, before focus).
  f.root.addEventListener('compositionstart', (e) => {
    e.stopImmediatePropagation();
    f.root.append('\u200b');
  });
  const s = new FieldSession(f, { painter: fakePainter(), mirrorLayer: document.createElement('div'), analyze: fakeAnalyze, changed: () => {} });
  s.check(true);
  expect(s.pending).toBe(false);
  f.root.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
  await tick(); // the mutation observer has seen the change
  expect(s.pending).toBe(false);
  f.root.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'x' }));
  expect(s.pending, 'the committed text is checked').toBe(true);
  s.dispose();
});
