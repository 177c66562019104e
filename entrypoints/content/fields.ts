/**
 * Attach and paint: one FieldSession per focused field (lib/session), painted by one
 * HighlightPainter, checked by the engine in the background (lib/check-client) for the audience
 * the audience feature chose. Lets go of fields that left the page; re-checks every field when the
 * engine's packs or rules change, or the interface's language does. Counts the checks painted on
 * the UI host (data-checks) so that tests can wait on it.
 */
import type { Field } from '../../lib/editors';
import type { CheckClient } from '../../lib/check-client/client';
import type { MarkGroup } from '../../lib/highlight/focus';
import { HighlightPainter } from '../../lib/highlight/paint';
import { browserLanguage, resolveLocale, uiLanguage, type LanguageSetting } from '../../lib/i18n';
import { FieldSession } from '../../lib/session/field-session';
import { IGNORE_TTL_MS, ignoredFindings } from '../../lib/storage/settings';
import { onAbort, type OverlayStore } from './store';

const SWEEP_MS = 2000;

export interface FieldsDeps {
  store: OverlayStore;
  client: CheckClient;
  /** The audience a field's draft is checked for (the audience feature decides). */
  audienceFor(session: FieldSession): string;
  /** Ignored findings remembered across reloads (hashed key -> expiry). */
  ignored?: Record<string, number>;
  language?: LanguageSetting;
}

export class Fields {
  readonly sessions = new Map<HTMLElement, FieldSession>();
  readonly painter = new HighlightPainter(document);
  /** Where a textarea's mirror goes (inside the shadow root), and the host that counts checks. */
  mirrorLayer: Element = document.createElement('div');
  host: Element | null = null;
  private checks = 0;
  private readonly ids = new WeakMap<FieldSession, number>();
  private nextId = 1;
  private readonly attachListeners = new Set<(session: FieldSession, fresh: boolean) => void>();
  private readonly remembered: Map<string, number>;
  private frame = 0;

  constructor(private readonly deps: FieldsDeps) {
    const now = Date.now();
    this.remembered = new Map(Object.entries(deps.ignored ?? {}).filter(([, until]) => typeof until === 'number' && until > now));
  }

  private readonly rememberedStore = {
    has: (key: string) => (this.remembered.get(key) ?? 0) > Date.now(),
    add: (key: string) => {
      this.remembered.set(key, Date.now() + IGNORE_TTL_MS);
      void this.saveRemembered();
    },
    delete: (keys: Iterable<string>) => {
      let changed = false;
      for (const k of keys) changed = this.remembered.delete(k) || changed;
      if (changed) void this.saveRemembered();
    },
  };

  /** Called when a field is attached (fresh: a new session; else a field focused again). */
  onAttach(listener: (session: FieldSession, fresh: boolean) => void, signal: AbortSignal): void {
    this.attachListeners.add(listener);
    onAbort(signal, () => this.attachListeners.delete(listener));
  }

  /** Start (or resume) checking a focused field. */
  attach(field: Field): FieldSession {
    const { store, client } = this.deps;
    let session = this.sessions.get(field.root);
    const fresh = !session || !session.connected;
    if (fresh) {
      session?.dispose();
      const id = this.nextId++;
      const created: FieldSession = new FieldSession(field, {
        painter: this.painter,
        mirrorLayer: this.mirrorLayer,
        sliceLongDrafts: false,
        analyze: (text) => client.check(id, text, this.deps.audienceFor(created), store.getState().locale),
        changed: (s) => this.sessionChanged(s),
        checked: () => this.countCheck(),
        remembered: this.rememberedStore,
      });
      session = created;
      this.ids.set(session, id);
      this.sessions.set(field.root, session);
      client.open();
      client.setKeepWarm(true);
    }
    for (const l of this.attachListeners) l(session!, fresh);
    // Also picks up what a script changed while the field was not in focus (cheap if nothing did).
    session!.check();
    if (store.getState().session !== session) store.update({ session, card: null, listOpen: false });
    return session!;
  }

  detachAll(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.deps.client.setKeepWarm(false);
    this.deps.store.update({ session: null, card: null, listOpen: false });
  }

  /** Let go of fields that left the page (a sent reply, a closed compose window). */
  sweep(): void {
    const { store, client } = this.deps;
    for (const [root, s] of this.sessions) {
      if (s.connected) continue;
      s.dispose();
      this.sessions.delete(root);
      if (store.getState().session === s) store.update({ session: null, card: null, listOpen: false });
    }
    if (this.sessions.size === 0) client.setKeepWarm(false);
  }

  recheckAll(): void {
    for (const s of this.sessions.values()) s.check(true);
  }

  /** The session of the field holding `target`. */
  sessionFor(target: EventTarget | null): FieldSession | null {
    if (!(target instanceof Node)) return null;
    for (const [root, s] of this.sessions) if (root === target || root.contains(target)) return s;
    return null;
  }

  /** The checked field in the same compose window as a Send button (nearest common ancestor). */
  composeOf(button: HTMLElement): FieldSession | null {
    for (let el: HTMLElement | null = button.parentElement; el; el = el.parentElement) {
      for (const s of this.sessions.values()) if (s.connected && el.contains(s.root)) return s;
    }
    return null;
  }

  relayout(): void {
    if (this.frame || this.sessions.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const s of this.sessions.values()) s.layout();
      this.deps.store.update({});
    });
  }

  private countCheck(): void {
    this.checks++;
    this.host?.setAttribute('data-checks', String(this.checks));
  }

  private sessionChanged(session: FieldSession): void {
    const { store } = this.deps;
    const card = store.getState().card;
    if (card?.session === session) {
      // The same mark after an edit: one holding any of the card's findings (same rule, same words).
      let group: MarkGroup | null = null;
      for (const f of card.group.findings) if ((group = session.groupOf(f))) break;
      store.update({ card: group ? { ...card, group, finding: group.findings[0] } : null });
    } else if (session === store.getState().session) store.update({});
  }

  private async saveRemembered(): Promise<void> {
    const now = Date.now();
    for (const [k, until] of this.remembered) if (until <= now) this.remembered.delete(k);
    await ignoredFindings.setValue(Object.fromEntries(this.remembered));
  }
}

/** Attach-and-paint's listeners: layout on scroll and resize, the sweep, language, engine changes. */
export function startFields(deps: FieldsDeps, signal: AbortSignal): Fields {
  const fields = new Fields(deps);
  const { store, client } = deps;
  document.addEventListener('scroll', () => fields.relayout(), { capture: true, passive: true, signal });
  window.addEventListener('resize', () => fields.relayout(), { signal });
  const sweep = setInterval(() => fields.sweep(), SWEEP_MS);
  onAbort(signal, () => clearInterval(sweep));
  onAbort(
    signal,
    uiLanguage.watch((value) => {
      const locale = resolveLocale(value ?? 'auto', browserLanguage());
      if (locale === store.getState().locale) return;
      store.update({ locale });
      fields.recheckAll();
    }),
  );
  // The packs, switched-off rules or severities changed in the background: check again.
  onAbort(signal, client.onState((_state, changed) => changed && fields.recheckAll()));
  onAbort(signal, () => {
    fields.detachAll();
    fields.painter.dispose();
    client.close();
  });
  return fields;
}
