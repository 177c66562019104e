/**
 * The audience of each draft: read from the compose window's recipients (re-read when the To/Cc
 * change), the user's per-draft override, the default audience, the user's and the
 * organisation's recipient rules, and the organisation's lock. A draft whose audience changes is
 * checked again; the store holds the audience of the field in focus for the UI.
 */
import { resolveAudience, type AudienceChoice, type AudienceRule } from '../../lib/audience/match';
import { audienceRules } from '../../lib/audience/storage';
import { NO_RECIPIENTS, recipientReaderFor, sameRecipients, type Recipients } from '../../lib/recipients';
import type { FieldSession } from '../../lib/session/field-session';
import { managedState } from '../../lib/storage/items';
import { audience as defaultAudience } from '../../lib/storage/settings';
import type { Fields } from './fields';
import { onAbort, type AudienceView, type OverlayStore } from './store';

/** Quiet time after a change in the compose window's To/Cc before the audience is re-read. */
const RECIPIENTS_DELAY_MS = 150;

/** Per field: who it is addressed to, the user's override for this draft, the audience in force. */
export interface FieldAudience {
  recipients: Recipients;
  override: string | null;
  choice: AudienceChoice;
  automatic: string;
}

export interface AudienceSettings {
  /** The default audience (when no recipient rule matches). */
  audience: string;
  rules?: AudienceRule[];
  /** The organisation's recipient rules (managed policy): they come before the user's. */
  orgRules?: AudienceRule[];
  locked?: boolean;
}

export class Audiences {
  private readonly byField = new WeakMap<FieldSession, FieldAudience>();
  /** The readers the engine's packs serve (the picker's choices; given by the engine at start). */
  options: () => string[] = () => [];

  constructor(
    private readonly store: OverlayStore,
    private readonly fields: Pick<Fields, 'sessions'>,
    private settings: Required<AudienceSettings>,
  ) {}

  /** The audience of a field's draft (computed on first use). */
  of(session: FieldSession): FieldAudience {
    let a = this.byField.get(session);
    if (!a) {
      a = this.resolve(NO_RECIPIENTS, null);
      this.byField.set(session, a);
    }
    return a;
  }

  /** What the overlay and the popup show about a field's audience. */
  view(session: FieldSession): AudienceView {
    const a = this.of(session);
    return { choice: a.choice, automatic: a.automatic, options: [...new Set(this.options())] };
  }

  /** The user picked an audience for this draft (null: back to the recipients). */
  override(session: FieldSession, audience: string | null): void {
    this.set(session, this.of(session).recipients, audience);
  }

  /** The default, the rules or the lock changed: every field's audience is worked out again. */
  changeSettings(patch: Partial<AudienceSettings>): void {
    this.settings = { ...this.settings, ...patch };
    for (const s of this.fields.sessions.values()) {
      const a = this.of(s);
      this.set(s, a.recipients, this.settings.locked ? null : a.override);
    }
  }

  /** Keep the store's view of the focused field's audience current. */
  publish(): void {
    const session = this.store.getState().session;
    this.store.update({ audience: session ? this.view(session) : null });
  }

  /** Read the To/Cc of the compose window around a field. */
  readRecipients(session: FieldSession): void {
    const reader = recipientReaderFor(session.adapter.kind);
    if (!reader) return;
    const a = this.of(session);
    let recipients = NO_RECIPIENTS;
    try {
      const root = reader.composeRoot(session.root);
      if (root) recipients = reader.read(root, session.root);
    } catch {
      // A page we do not understand: the default audience holds.
    }
    if (!sameRecipients(recipients, a.recipients)) this.set(session, recipients, a.override);
  }

  /** Re-read the To/Cc fields when the compose window around the field changes. */
  watchRecipients(session: FieldSession): void {
    const reader = recipientReaderFor(session.adapter.kind);
    this.of(session);
    if (!reader) return;
    this.readRecipients(session);
    const root = reader.composeRoot(session.root) ?? session.root.parentElement?.parentElement;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      // Typing in the body is not a change of recipients.
      if (records.every((r) => session.root.contains(r.target))) return;
      clearTimeout(timer);
      timer = setTimeout(() => this.readRecipients(session), RECIPIENTS_DELAY_MS);
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['email', 'data-hovercard-id', 'aria-label', 'title', 'value', 'name'],
    });
    session.addCleanup(() => {
      clearTimeout(timer);
      observer.disconnect();
    });
  }

  private resolve(recipients: Recipients, override: string | null): FieldAudience {
    const { orgRules, rules, audience, locked } = this.settings;
    const input = { recipients, rules: [...orgRules, ...rules], fallback: audience, locked };
    const choice = resolveAudience({ ...input, override });
    const automatic = override ? resolveAudience(input).audience : choice.audience;
    return { recipients, override, choice, automatic };
  }

  /** Set the field's audience; re-check its draft when the audience changed. */
  private set(session: FieldSession, recipients: Recipients, override: string | null): void {
    const before = this.byField.get(session);
    const next = this.resolve(recipients, override);
    this.byField.set(session, next);
    const changed = !before || before.choice.audience !== next.choice.audience;
    if (changed && before) session.check(true);
    if (session === this.store.getState().session) this.publish();
  }
}

export function startAudience(
  deps: { store: OverlayStore; fields: Fields; options: () => string[] },
  settings: AudienceSettings,
  signal: AbortSignal,
): Audiences {
  const { store, fields } = deps;
  const audiences = new Audiences(store, fields, { rules: [], orgRules: [], locked: false, ...settings });
  audiences.options = deps.options;
  fields.onAttach((session, fresh) => {
    if (fresh) audiences.watchRecipients(session);
    // The compose window may have been re-rendered while the field was not in focus.
    else audiences.readRecipients(session);
  }, signal);
  // The field in focus changed: the UI shows its audience.
  let shown = store.getState().session;
  onAbort(
    signal,
    store.subscribe(() => {
      const session = store.getState().session;
      if (session === shown) return;
      shown = session;
      audiences.publish();
    }),
  );
  onAbort(signal, defaultAudience.watch((audience) => audiences.changeSettings({ audience })));
  onAbort(signal, audienceRules.watch((rules) => audiences.changeSettings({ rules: rules ?? [] })));
  onAbort(
    signal,
    managedState.watch((value) => audiences.changeSettings({ locked: !!value?.lockAudience, orgRules: value?.audienceRules ?? [] })),
  );
  return audiences;
}
