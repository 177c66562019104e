/**
 * The one store the in-page UI reads (through props: Overlay gets the state and a set of
 * actions, never the features themselves), and the events features tell each other about
 * (the card tells stats what was shown, applied, ignored).
 */
import type { DraftAudienceView } from '../../components/DraftAudience';
import type { Category, Finding } from '../../lib/engine/types';
import type { MarkGroup } from '../../lib/highlight/focus';
import type { Locale } from '../../lib/i18n';
import type { FieldSession } from '../../lib/session/field-session';

export interface CardState {
  session: FieldSession;
  /** The mark that was opened: its findings share the card (overlapping phrases). */
  group: MarkGroup;
  /** The first of them (the most severe). */
  finding: Finding;
  /** Opened by a click or the keyboard: stays until dismissed. Hover cards close on leave. */
  pinned: boolean;
  keyboard: boolean;
}

export interface NudgeState {
  session: FieldSession;
  /** The Send button that was pressed, or the one the held keyboard Send stands for. */
  button: HTMLElement;
  warnings: number;
  category: Category | null;
}

/** "Turn off this rule" just happened: the toast that can undo it. */
export interface ToastState {
  /** "packId/ruleId" */
  rule: string;
  message: string;
}

export type AudienceView = DraftAudienceView & { options: string[] };

export interface OverlayState {
  session: FieldSession | null;
  card: CardState | null;
  toast: ToastState | null;
  listOpen: boolean;
  nudge: NudgeState | null;
  /** The audience of the field in focus (what decided it, the choices). */
  audience: AudienceView | null;
  /** The interface's language (and the pack messages'). */
  locale: Locale;
  /** Bumped on every change so that React re-renders (geometry is read during render). */
  version: number;
}

export type CheckerEvent = { type: 'shown' | 'applied' | 'ignored'; finding: Finding };

export class OverlayStore {
  private state: OverlayState;
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<(e: CheckerEvent) => void>();

  constructor(locale: Locale) {
    this.state = { session: null, card: null, toast: null, listOpen: false, nudge: null, audience: null, locale, version: 0 };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): OverlayState => this.state;

  update(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of [...this.listeners]) l();
  }

  emit(event: CheckerEvent): void {
    for (const l of this.eventListeners) l(event);
  }

  onEvent(listener: (e: CheckerEvent) => void, signal: AbortSignal): void {
    this.eventListeners.add(listener);
    signal.addEventListener('abort', () => this.eventListeners.delete(listener));
  }
}

/** Run `undo` (a storage unwatch, an observer's disconnect) when `signal` aborts. */
export function onAbort(signal: AbortSignal, undo: () => void): void {
  if (signal.aborted) undo();
  else signal.addEventListener('abort', undo, { once: true });
}
