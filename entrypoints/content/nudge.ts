/**
 * Before you send: with the nudge switched on, a Send (a click on the site's Send button, or its
 * keyboard Send such as Ctrl+Enter where the site's adapter knows it) while warnings are still
 * open is held once and the nudge shows; "Send anyway" presses Send. Anything unexpected lets the
 * Send through: the nudge must never stop a message from being sent. A Send that goes through
 * forgets what was ignored in that draft.
 */
import type { Category } from '../../lib/engine/types';
import type { FieldSession } from '../../lib/session/field-session';
import { sendNudge } from '../../lib/storage/settings';
import type { Fields } from './fields';
import { onAbort, type OverlayStore } from './store';

export interface NudgeActions {
  sendAnyway(): void;
  reviewBeforeSend(): void;
  closeNudge(): void;
}

export function startNudge(
  deps: { store: OverlayStore; fields: Pick<Fields, 'sessions' | 'composeOf' | 'sessionFor'>; on?: boolean },
  signal: AbortSignal,
): NudgeActions {
  const { store, fields } = deps;
  let on = deps.on ?? false;
  /** Send buttons to let through once ("Send anyway"). */
  const letThrough = new WeakSet<HTMLElement>();
  if (deps.on === undefined) void sendNudge.getValue().then((value) => (on = value));
  onAbort(signal, sendNudge.watch((value) => (on = !!value)));

  /** The Send button a click landed on, asked of every checked field's adapter. */
  const sendButtonAt = (target: Element): HTMLElement | null => {
    for (const s of fields.sessions.values()) {
      const button = s.adapter.sendButton?.(target);
      if (button) return button;
    }
    return null;
  };

  /** Hold this Send if the draft has warnings; true when held. */
  const hold = (session: FieldSession, button: HTMLElement, e: Event): boolean => {
    const warnings = session.findings.filter((f) => f.severity === 'warning');
    if (warnings.length === 0) return false;
    const byCategory = new Map<Category, number>();
    for (const f of warnings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
    const category = [...byCategory].sort((a, b) => b[1] - a[1])[0][0];
    e.preventDefault();
    e.stopImmediatePropagation();
    store.update({ nudge: { session, button, warnings: warnings.length, category }, card: null });
    return true;
  };

  /** A press of a Send button (a click, or Enter/Space on it): true when it was held. */
  const pressed = (button: HTMLElement, e: Event): boolean => {
    let held = false;
    try {
      if (letThrough.has(button) || store.getState().nudge?.button === button) {
        letThrough.delete(button);
        store.update({ nudge: null });
      } else if (on) {
        const session = fields.composeOf(button);
        // The findings on screen are the latest the engine gave (the check is a message away).
        held = !!session && hold(session, button, e);
      }
    } catch {
      // Never in the way of sending.
    }
    if (!held) forgetIgnored(button);
    return held;
  };

  const onClick = (e: MouseEvent) => {
    try {
      if (!(e.target instanceof Element)) return;
      const button = sendButtonAt(e.target);
      if (button) pressed(button, e);
    } catch {
      // Never in the way of sending.
    }
  };

  /**
   * Send reached with Tab and pressed with Enter or Space. A native <button> turns the key into a
   * click (onClick holds that); a <div role="button"> (Gmail's Send) acts on the key itself, so
   * the key is held here, and a held Space's keyup with it (such buttons may act on the keyup).
   */
  let swallowSpaceUp = false;
  const onButtonKey = (e: KeyboardEvent) => {
    try {
      if (e.isComposing || (e.key !== 'Enter' && e.key !== ' ') || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.composedPath()[0];
      if (!(target instanceof HTMLElement) || target instanceof HTMLButtonElement || target instanceof HTMLInputElement) return;
      if (target.isContentEditable) return;
      const button = sendButtonAt(target);
      if (!button?.contains(target)) return;
      if (pressed(button, e) && e.key === ' ') swallowSpaceUp = true;
    } catch {
      // Never in the way of sending.
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (!swallowSpaceUp || e.key !== ' ') return;
    swallowSpaceUp = false;
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  /** The site's keyboard Send inside a checked body (its adapter says which keys). */
  const onKey = (e: KeyboardEvent) => {
    try {
      if (!on || e.isComposing) return;
      const session = fields.sessionFor(e.target);
      if (!session || !session.adapter.isSendShortcut?.(e)) return;
      const button = session.adapter.sendButtonFor?.(session.root);
      if (!button) return; // Nothing "Send anyway" could press: let it through.
      if (store.getState().nudge?.button === button) {
        store.update({ nudge: null });
        forgetIgnored(button);
        return;
      }
      if (!hold(session, button, e)) forgetIgnored(button);
    } catch {
      // Never in the way of sending.
    }
  };

  /** A Send that goes through: the draft's ignored findings need not be remembered any more. */
  const forgetIgnored = (button: HTMLElement) => {
    try {
      fields.composeOf(button)?.forgetIgnored();
    } catch {
      // Never in the way of sending.
    }
  };

  // Registered before the card's listeners: a held Send's click goes no further.
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKey, { capture: true, signal });
  document.addEventListener('keydown', onButtonKey, { capture: true, signal });
  document.addEventListener('keyup', onKeyUp, { capture: true, signal });

  return {
    sendAnyway() {
      const nudge = store.getState().nudge;
      if (!nudge) return;
      store.update({ nudge: null });
      letThrough.add(nudge.button);
      nudge.button.click();
    },
    reviewBeforeSend() {
      const nudge = store.getState().nudge;
      if (!nudge) return;
      nudge.session.root.focus({ preventScroll: true });
      store.update({ nudge: null, session: nudge.session, listOpen: true, card: null });
    },
    closeNudge() {
      if (store.getState().nudge) store.update({ nudge: null });
    },
  };
}
