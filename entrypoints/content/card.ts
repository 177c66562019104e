/**
 * The card: opens for the mark under the pointer (after a short hover, or pinned by a click), for
 * the mark at the caret (Alt+Shift+N / Alt+Shift+P), and the list of all findings from the
 * indicator. Its actions apply a suggestion or the whole-sentence rewrite, ignore a finding, or
 * turn its rule off (with a toast to undo). Only a person's events count: a page's made-up clicks
 * and keys (isTrusted false) open nothing.
 */
import type { Finding } from '../../lib/engine/types';
import type { MarkGroup } from '../../lib/highlight/focus';
import type { FieldSession } from '../../lib/session/field-session';
import { disabledRules } from '../../lib/storage/settings';
import type { Fields } from './fields';
import { onAbort, type OverlayStore } from './store';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

export interface CardActions {
  openCard(session: FieldSession, group: MarkGroup, how: { pinned: boolean; keyboard?: boolean }): void;
  closeCard(): void;
  hoverCard(inside: boolean): void;
  toggleList(): void;
  closeList(): void;
  apply(session: FieldSession, finding: Finding, suggestion: string): Promise<void>;
  applyRewrite(session: FieldSession, finding: Finding, rewrite: string): Promise<void>;
  ignore(session: FieldSession, finding: Finding): void;
  disableRule(session: FieldSession, finding: Finding): Promise<void>;
  undoDisableRule(): Promise<void>;
  closeToast(): void;
}

export function startCard(deps: { store: OverlayStore; fields: Pick<Fields, 'sessionFor' | 'sessions'> }, signal: AbortSignal): CardActions {
  const { store, fields } = deps;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hoveringCard = false;
  onAbort(signal, () => clearTimeout(hoverTimer));

  const actions: CardActions = {
    openCard(session, group, how) {
      clearTimeout(hoverTimer);
      const finding = group.findings[0];
      if (store.getState().card?.finding !== finding) for (const f of group.findings) store.emit({ type: 'shown', finding: f });
      session.setActive(finding);
      // Painting the active mark made the groups anew: hold the current one.
      const current = session.groupOf(finding) ?? group;
      store.update({ session, card: { session, group: current, finding, pinned: how.pinned, keyboard: !!how.keyboard }, listOpen: false });
    },

    closeCard() {
      clearTimeout(hoverTimer);
      const card = store.getState().card;
      if (!card) return;
      card.session.setActive(null);
      store.update({ card: null });
      if (card.keyboard) card.session.root.focus({ preventScroll: true });
    },

    hoverCard(inside) {
      hoveringCard = inside;
      clearTimeout(hoverTimer);
      const card = store.getState().card;
      if (!inside && card && !card.pinned) hoverTimer = setTimeout(() => actions.closeCard(), HOVER_CLOSE_MS);
    },

    toggleList() {
      const state = store.getState();
      state.card?.session.setActive(null);
      store.update({ listOpen: !state.listOpen, card: null });
    },

    closeList() {
      if (store.getState().listOpen) store.update({ listOpen: false });
    },

    async apply(session, finding, suggestion) {
      const fromCard = !!store.getState().card?.group.findings.includes(finding);
      if (await session.apply(finding, suggestion)) store.emit({ type: 'applied', finding });
      if (fromCard) store.update({ card: null });
    },

    /** One of the engine's rewrites of the whole sentence a finding is in (finding.rewrite). */
    async applyRewrite(session, finding, rewrite) {
      const span = finding.rewrite;
      if (!span || span.end <= span.start) return;
      const target: Finding = { ...finding, start: span.start, end: span.end, text: session.text.slice(span.start, span.end), suggestions: [rewrite] };
      const fromCard = !!store.getState().card?.group.findings.includes(finding);
      if (await session.apply(target, rewrite)) store.emit({ type: 'applied', finding });
      if (fromCard) store.update({ card: null });
    },

    ignore(session, finding) {
      const card = store.getState().card;
      const alone = !card || (card.group.findings.includes(finding) && card.group.findings.length === 1);
      if (card?.group.findings.includes(finding) && alone) actions.closeCard();
      session.ignore(finding);
      store.emit({ type: 'ignored', finding });
    },

    /**
     * The rule goes off in storage, where the background's engine follows it (every tab is then
     * re-checked); this page takes its findings away at once.
     */
    async disableRule(session, finding) {
      const card = store.getState().card;
      if (card?.group.findings.includes(finding) && card.group.findings.length === 1) actions.closeCard();
      const key = `${finding.pack}/${finding.rule}`;
      for (const s of fields.sessions.values()) s.hideRule(key);
      store.update({ toast: { rule: key, message: finding.message } });
      const now = await disabledRules.getValue();
      if (!now.includes(key)) await disabledRules.setValue([...now, key]);
    },

    /** The toast's Undo: the rule is on again, its findings come back (the engine re-checks). */
    async undoDisableRule() {
      const toast = store.getState().toast;
      if (!toast) return;
      store.update({ toast: null });
      await disabledRules.setValue((await disabledRules.getValue()).filter((k) => k !== toast.rule));
    },

    closeToast() {
      if (store.getState().toast) store.update({ toast: null });
    },
  };

  const onPointer = (e: MouseEvent) => {
    if (!e.isTrusted) return; // a page's made-up events never open cards
    const session = fields.sessionFor(e.target);
    const card = store.getState().card;
    if (!session) {
      if (card && !card.pinned && !hoveringCard) actions.hoverCard(false);
      return;
    }
    const group = session.groupAt(e.clientX, e.clientY);
    if (group && card && group.findings.includes(card.finding)) {
      clearTimeout(hoverTimer);
      return;
    }
    if (card?.pinned) return;
    clearTimeout(hoverTimer);
    if (group) hoverTimer = setTimeout(() => actions.openCard(session, group, { pinned: false }), HOVER_OPEN_MS);
    else if (card && !hoveringCard) hoverTimer = setTimeout(() => actions.closeCard(), HOVER_CLOSE_MS);
  };

  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const session = fields.sessionFor(e.target);
    if (session) {
      const group = session.groupAt(e.clientX, e.clientY);
      if (group) actions.openCard(session, group, { pinned: true });
      else if (store.getState().card) actions.closeCard();
      return;
    }
    // A click in our own UI arrives retargeted to the shadow host.
    if ((e.target as Element | null)?.localName === 'nemawashi-ui') return;
    if (store.getState().card) actions.closeCard();
    actions.closeList();
  };

  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const state = store.getState();
    if (e.key === 'Escape' && (state.card || state.listOpen || state.nudge)) {
      actions.closeCard();
      actions.closeList();
      if (store.getState().nudge) store.update({ nudge: null });
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    // Alt+Shift+N: the card for the phrase at (or after) the caret, then the next one;
    // Alt+Shift+P: the previous one. Both wrap around.
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP') && !e.isComposing) {
      const card = state.card;
      const session = fields.sessionFor(document.activeElement) ?? card?.session ?? state.session;
      if (!session) return;
      const step = e.code === 'KeyN' ? 1 : -1;
      const group =
        card?.session === session ? session.nextGroup(card.group, step) : step === 1 ? session.groupAtCaret() : session.nextGroup(null, -1);
      if (!group) return;
      e.preventDefault();
      e.stopPropagation();
      actions.openCard(session, group, { pinned: true, keyboard: true });
    }
  };

  document.addEventListener('mousemove', onPointer, { capture: true, passive: true, signal });
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKey, { capture: true, signal });
  return actions;
}
