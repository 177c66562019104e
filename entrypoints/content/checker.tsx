/**
 * Everything the content script needs once a field is focused: the engine and its packs, the
 * highlight painter, one FieldSession per field, and the card UI in the <nemawashi-ui> shadow
 * root. Built as its own file (entrypoints/checker.ts) and imported on first focus, so a page
 * where nothing is focused never loads the NLP.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay.css?inline';
import type { Field } from '../../lib/editors';
import { analyze } from '../../lib/engine';
import type { Category, Finding } from '../../lib/engine/types';
import type { MarkGroup } from '../../lib/highlight/focus';
import { MIRROR_CSS } from '../../lib/highlight/mirror';
import { HighlightPainter } from '../../lib/highlight/paint';
import { loadActivePacks, watchActivePacks, type ActivePacks } from '../../lib/storage/packs';
import { warmPack } from '../../lib/packs/compile';
import { loadLearned } from '../../lib/engine/learned/load';
import type { LearnedModel } from '../../lib/engine/learned/model';
import { recordFindingEvent } from '../../lib/storage/stats';
import { resolveAudience, type AudienceChoice, type AudienceRule } from '../../lib/audience/match';
import { audienceRules } from '../../lib/audience/storage';
import { browserLanguage, resolveLocale, uiLanguage, type LanguageSetting, type Locale } from '../../lib/i18n';
import { managedState } from '../../lib/storage/items';
import { NO_RECIPIENTS, recipientReaderFor, sameRecipients, type Recipients } from '../../lib/recipients';
import type { DraftAudienceView } from '../../components/DraftAudience';
import type { DraftSummary } from './messages';
import { Overlay } from './Overlay';
import { FieldSession } from '../../lib/session/field-session';
import { audience, disabledRules, IGNORE_TTL_MS, ignoredFindings, sendNudge } from '../../lib/storage/settings';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;
const SWEEP_MS = 2000;
/** Longest slice of regex compiling between two chances for the page to respond. */
const WARM_SLICE_MS = 8;
/** Quiet time after a change in the compose window's To/Cc before the audience is re-read. */
const RECIPIENTS_DELAY_MS = 150;

/** Per field: who it is addressed to, the user's override for this draft, the audience in force. */
interface FieldAudience {
  recipients: Recipients;
  override: string | null;
  choice: AudienceChoice;
  automatic: string;
}

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
  /** The Send button that was pressed (pressing it again sends). */
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

export interface OverlayState {
  session: FieldSession | null;
  card: CardState | null;
  toast: ToastState | null;
  listOpen: boolean;
  nudge: NudgeState | null;
  /** The interface's language (and the pack messages'). */
  locale: Locale;
  /** Bumped on every change so that React re-renders (geometry is read during render). */
  version: number;
}

export class Checker {
  private readonly sessions = new Map<HTMLElement, FieldSession>();
  private readonly painter = new HighlightPainter(document);
  private readonly listeners = new Set<() => void>();
  private state: OverlayState;
  private mirrorLayer!: Element;
  private reactRoot: Root | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The active packs' regexes are compiled (see warmPacks); no check runs before. */
  private warm = false;
  /** The learned layer per reader (its weights load lazily, with the packs' warm-up). */
  private learned = new Map<string, LearnedModel>();
  private hoveringCard = false;
  private nudgeOn = false;
  /** Send buttons to let through once ("Send anyway"). */
  private readonly letThrough = new WeakSet<HTMLElement>();
  /** The default audience (when no recipient rule matches), the rules, the organisation's lock. */
  private audience: string;
  private rules: AudienceRule[];
  /** The organisation's recipient rules (managed policy): they come before the user's. */
  private orgRules: AudienceRule[];
  private locked: boolean;
  private languageSetting: LanguageSetting;
  private readonly audiences = new WeakMap<FieldSession, FieldAudience>();
  private disabled: Set<string>;
  /** Ignored findings remembered across reloads: hashed key -> expiry (see settings.ts). */
  private readonly remembered: Map<string, number>;
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
  /** Built-in and installed packs that are on, with the user's severity overrides. */
  private active: ActivePacks;

  constructor(
    private readonly ctx: ContentScriptContext,
    settings: {
      audience: string;
      disabled: string[];
      active: ActivePacks;
      rules?: AudienceRule[];
      orgRules?: AudienceRule[];
      locked?: boolean;
      language?: LanguageSetting;
      ignored?: Record<string, number>;
    },
  ) {
    const now = Date.now();
    this.remembered = new Map(Object.entries(settings.ignored ?? {}).filter(([, until]) => typeof until === 'number' && until > now));
    this.audience = settings.audience;
    this.rules = settings.rules ?? [];
    this.orgRules = settings.orgRules ?? [];
    this.locked = settings.locked ?? false;
    this.languageSetting = settings.language ?? 'auto';
    this.state = { session: null, card: null, toast: null, listOpen: false, nudge: null, locale: resolveLocale(this.languageSetting, browserLanguage()), version: 0 };
    this.active = settings.active;
    this.disabled = new Set(settings.disabled);
  }

  async mount(): Promise<void> {
    const ui = await createShadowRootUi(this.ctx, {
      name: 'nemawashi-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      isolateEvents: true,
      css: [overlayCss, MIRROR_CSS, this.painter.css()].join('\n'),
      onMount: (container) => {
        guardUntrusted(container);
        const layer = document.createElement('div');
        layer.className = 'nw-layer';
        this.mirrorLayer = document.createElement('div');
        const app = document.createElement('div');
        layer.append(this.mirrorLayer, app);
        container.append(layer);
        this.reactRoot = createRoot(app);
        this.reactRoot.render(<Overlay checker={this} />);
      },
      onRemove: () => this.reactRoot?.unmount(),
    });
    ui.mount();

    const ctx = this.ctx;
    ctx.addEventListener(document, 'mousemove', (e) => this.onPointer(e), { capture: true, passive: true });
    ctx.addEventListener(document, 'click', (e) => this.onClick(e), { capture: true });
    ctx.addEventListener(document, 'keydown', (e) => this.onKey(e), { capture: true });
    ctx.addEventListener(document, 'scroll', () => this.relayout(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.relayout());
    ctx.setInterval(() => this.sweep(), SWEEP_MS);
    void this.warmPacks();
    this.nudgeOn = await sendNudge.getValue();
    const unwatch = [
      audience.watch((value) => {
        this.audience = value;
        this.reresolveAll();
      }),
      audienceRules.watch((value) => {
        this.rules = value ?? [];
        this.reresolveAll();
      }),
      managedState.watch((value) => {
        this.locked = !!value?.lockAudience;
        this.orgRules = value?.audienceRules ?? [];
        this.reresolveAll();
      }),
      uiLanguage.watch((value) => {
        this.languageSetting = value ?? 'auto';
        const locale = resolveLocale(this.languageSetting, browserLanguage());
        if (locale === this.state.locale) return;
        this.update({ locale });
        this.recheckAll();
      }),
      disabledRules.watch((value) => {
        this.disabled = new Set(value);
        this.recheckAll();
      }),
      sendNudge.watch((on) => (this.nudgeOn = on)),
      watchActivePacks((active) => {
        this.active = active;
        void this.warmPacks();
      }),
    ];
    ctx.onInvalidated(() => {
      unwatch.forEach((u) => u());
      this.detachAll();
      this.painter.dispose();
    });
  }

  // ---- the overlay's store (useSyncExternalStore) ----

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  private update(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  // ---- fields ----

  /** Start (or resume) checking a focused field. */
  attach(field: Field): FieldSession {
    let session = this.sessions.get(field.root);
    if (!session || !session.connected) {
      session?.dispose();
      const fresh: FieldSession = new FieldSession(field, {
        painter: this.painter,
        mirrorLayer: this.mirrorLayer,
        analyze: (text) => {
          const audience = this.audienceOf(fresh).choice.audience;
          return analyze(text, {
            packs: this.active.packs,
            audience,
            learned: this.learned.get(audience),
            locale: this.state.locale,
            disabledRules: this.disabled,
            severityOverrides: this.active.severityOverrides,
          });
        },
        changed: (s) => this.sessionChanged(s),
        ready: () => this.warm,
        remembered: this.rememberedStore,
      });
      session = fresh;
      this.sessions.set(field.root, session);
      this.watchRecipients(session);
    } else {
      // The compose window may have been re-rendered while the field was not in focus.
      this.readRecipients(session);
    }
    // Also picks up what a script changed while the field was not in focus (cheap if nothing did).
    session.check();
    if (this.state.session !== session) this.update({ session, card: null, listOpen: false });
    return session;
  }

  detachAll(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.update({ session: null, card: null, listOpen: false });
  }

  /** Let go of fields that left the page (a sent reply, a closed compose window). */
  private sweep(): void {
    for (const [root, s] of this.sessions) {
      if (s.connected) continue;
      s.dispose();
      this.sessions.delete(root);
      if (this.state.session === s) this.update({ session: null, card: null, listOpen: false });
    }
  }

  private recheckAll(): void {
    for (const s of this.sessions.values()) s.check(true);
  }

  /**
   * Compile the packs' regexes a few milliseconds at a time before the first check: compiled on
   * first use instead, they made the first check of a draft one long task of a second or more.
   * Fields wait (their indicator shows "checking") and are checked when this is done.
   */
  private async warmPacks(): Promise<void> {
    const packs = this.active.packs;
    this.warm = false;
    while (!packs.every((p) => warmPack(p, WARM_SLICE_MS))) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (packs !== this.active.packs) return; // Newer packs arrived; their own warm-up goes on.
    }
    for (const reader of ['consensus', 'results-first']) {
      if (this.learned.has(reader)) continue;
      const model = await loadLearned(reader).catch(() => undefined);
      if (model) this.learned.set(reader, model);
    }
    if (packs !== this.active.packs) return;
    this.warm = true;
    this.recheckAll();
  }

  // ---- the audience of each draft: recipients, override, default, lock ----

  /** The audience of a field's draft (computed on first use). */
  audienceOf(session: FieldSession): FieldAudience {
    let a = this.audiences.get(session);
    if (!a) {
      a = this.resolve(NO_RECIPIENTS, null);
      this.audiences.set(session, a);
    }
    return a;
  }

  private resolve(recipients: Recipients, override: string | null): FieldAudience {
    const input = { recipients, rules: [...this.orgRules, ...this.rules], fallback: this.audience, locked: this.locked };
    const choice = resolveAudience({ ...input, override });
    const automatic = override ? resolveAudience(input).audience : choice.audience;
    return { recipients, override, choice, automatic };
  }

  /** Set the field's audience; re-check its draft when the audience changed. */
  private setAudience(session: FieldSession, recipients: Recipients, override: string | null): void {
    const before = this.audiences.get(session);
    const next = this.resolve(recipients, override);
    this.audiences.set(session, next);
    const changed = !before || before.choice.audience !== next.choice.audience;
    if (changed && before) session.check(true);
    else if (!before || before.choice.source !== next.choice.source || before.automatic !== next.automatic || !sameRecipients(before.recipients, next.recipients)) {
      if (session === this.state.session) this.update({});
    }
  }

  private readRecipients(session: FieldSession): void {
    const reader = recipientReaderFor(session.adapter.kind);
    if (!reader) return;
    const a = this.audienceOf(session);
    let recipients = NO_RECIPIENTS;
    try {
      const root = reader.composeRoot(session.root);
      if (root) recipients = reader.read(root, session.root);
    } catch {
      // A page we do not understand: the default audience holds.
    }
    if (!sameRecipients(recipients, a.recipients)) this.setAudience(session, recipients, a.override);
  }

  /** Re-read the To/Cc fields when the compose window around the field changes. */
  private watchRecipients(session: FieldSession): void {
    const reader = recipientReaderFor(session.adapter.kind);
    this.audienceOf(session);
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

  /** The default, the rules or the lock changed: every field's audience is worked out again. */
  private reresolveAll(): void {
    for (const s of this.sessions.values()) {
      const a = this.audienceOf(s);
      this.setAudience(s, a.recipients, this.locked ? null : a.override);
    }
  }

  /** The user picked an audience for this draft (null: back to the recipients). */
  overrideAudience(session: FieldSession, audience: string | null): void {
    this.setAudience(session, this.audienceOf(session).recipients, audience);
  }

  /** The popup's override, for the field last in focus; answers with the new summary. */
  overrideCurrentAudience(audience: string | null, enabled: boolean): DraftSummary {
    if (this.state.session) this.overrideAudience(this.state.session, audience);
    return this.summary(enabled);
  }

  /** What the overlay and the popup show about a field's audience. */
  audienceView(session: FieldSession): DraftAudienceView & { options: string[] } {
    const a = this.audienceOf(session);
    const options = ['consensus', 'results-first', ...this.active.packs.map((p) => p.audience).filter((x) => x !== 'any')];
    return { choice: a.choice, automatic: a.automatic, options: [...new Set(options)] };
  }

  private sessionChanged(session: FieldSession): void {
    const card = this.state.card;
    if (card?.session === session) {
      // The same mark after an edit: one holding any of the card's findings (same rule, same words).
      let group: MarkGroup | null = null;
      for (const f of card.group.findings) if ((group = session.groupOf(f))) break;
      this.update({ card: group ? { ...card, group, finding: group.findings[0] } : null });
    } else if (session === this.state.session) this.update({});
  }

  private relayout(): void {
    if (this.frame || this.sessions.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const s of this.sessions.values()) s.layout();
      this.update({});
    });
  }

  summary(enabled: boolean): DraftSummary {
    const session = this.state.session;
    const byCategory: DraftSummary['byCategory'] = {};
    for (const f of session?.findings ?? []) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    return {
      kind: session?.adapter.kind ?? null,
      count: session?.findings.length ?? 0,
      friction: session?.friction ?? 0,
      clarity: session?.clarity ?? 100,
      byCategory,
      enabled,
      ...(session ? { audience: this.audienceView(session) } : {}),
    };
  }

  // ---- cards ----

  openCard(session: FieldSession, group: MarkGroup, how: { pinned: boolean; keyboard?: boolean }): void {
    clearTimeout(this.hoverTimer);
    const finding = group.findings[0];
    // Opt-in usage stats (counts per category only; a no-op unless switched on in options).
    if (this.state.card?.finding !== finding) for (const f of group.findings) void recordFindingEvent(f.category, 'shown');
    session.setActive(finding);
    // Painting the active mark made the groups anew: hold the current one.
    const current = session.groupOf(finding) ?? group;
    this.update({ session, card: { session, group: current, finding, pinned: how.pinned, keyboard: !!how.keyboard }, listOpen: false });
  }

  closeCard(): void {
    clearTimeout(this.hoverTimer);
    const card = this.state.card;
    if (!card) return;
    card.session.setActive(null);
    this.update({ card: null });
    if (card.keyboard) card.session.root.focus({ preventScroll: true });
  }

  toggleList(): void {
    this.state.card?.session.setActive(null);
    this.update({ listOpen: !this.state.listOpen, card: null });
  }

  closeList(): void {
    this.update({ listOpen: false });
  }

  hoverCard(inside: boolean): void {
    this.hoveringCard = inside;
    clearTimeout(this.hoverTimer);
    if (!inside && this.state.card && !this.state.card.pinned) this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
  }

  async apply(session: FieldSession, finding: Finding, suggestion: string): Promise<void> {
    const fromCard = !!this.state.card?.group.findings.includes(finding);
    if (await session.apply(finding, suggestion)) void recordFindingEvent(finding.category, 'applied');
    if (fromCard) this.update({ card: null });
  }

  /** One of the engine's rewrites of the whole sentence a finding is in (finding.rewrite). */
  async applyRewrite(session: FieldSession, finding: Finding, rewrite: string): Promise<void> {
    const span = finding.rewrite;
    if (!span || span.end <= span.start) return;
    const target: Finding = { ...finding, start: span.start, end: span.end, text: session.text.slice(span.start, span.end), suggestions: [rewrite] };
    const fromCard = !!this.state.card?.group.findings.includes(finding);
    if (await session.apply(target, rewrite)) void recordFindingEvent(finding.category, 'applied');
    if (fromCard) this.update({ card: null });
  }

  ignore(session: FieldSession, finding: Finding): void {
    const card = this.state.card;
    const alone = !card || (card.group.findings.includes(finding) && card.group.findings.length === 1);
    if (card?.group.findings.includes(finding) && alone) this.closeCard();
    session.ignore(finding);
    void recordFindingEvent(finding.category, 'ignored');
  }

  async disableRule(session: FieldSession, finding: Finding): Promise<void> {
    const card = this.state.card;
    if (card?.group.findings.includes(finding) && card.group.findings.length === 1) this.closeCard();
    const key = `${finding.pack}/${finding.rule}`;
    this.disabled = new Set([...this.disabled, key]);
    this.recheckAll();
    this.update({ toast: { rule: key, message: finding.message } });
    await disabledRules.setValue([...this.disabled]);
  }

  /** The toast's Undo: the rule is on again, its findings come back. */
  async undoDisableRule(): Promise<void> {
    const toast = this.state.toast;
    if (!toast) return;
    this.update({ toast: null });
    this.disabled = new Set([...this.disabled].filter((k) => k !== toast.rule));
    this.recheckAll();
    await disabledRules.setValue([...this.disabled]);
  }

  closeToast(): void {
    if (this.state.toast) this.update({ toast: null });
  }

  // ---- pointer and keyboard ----

  private sessionFor(target: EventTarget | null): FieldSession | null {
    if (!(target instanceof Node)) return null;
    for (const [root, s] of this.sessions) if (root === target || root.contains(target)) return s;
    return null;
  }

  private onPointer(e: MouseEvent): void {
    if (!e.isTrusted) return; // a page's made-up events never open cards
    const session = this.sessionFor(e.target);
    const card = this.state.card;
    if (!session) {
      if (card && !card.pinned && !this.hoveringCard) this.hoverCard(false);
      return;
    }
    const group = session.groupAt(e.clientX, e.clientY);
    if (group && card && group.findings.includes(card.finding)) {
      clearTimeout(this.hoverTimer);
      return;
    }
    if (card?.pinned) return;
    clearTimeout(this.hoverTimer);
    if (group) this.hoverTimer = setTimeout(() => this.openCard(session, group, { pinned: false }), HOVER_OPEN_MS);
    else if (card && !this.hoveringCard) this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
  }

  // ---- before you send ----

  /**
   * On Send with warnings still open, hold that one click and show the nudge. Anything unexpected
   * lets the click through: the nudge must never stop a message from being sent.
   */
  private holdSend(e: MouseEvent): boolean {
    try {
      if (!this.nudgeOn || !(e.target instanceof Element)) return false;
      let button: HTMLElement | null = null;
      for (const s of this.sessions.values()) if ((button = s.adapter.sendButton?.(e.target) ?? null)) break;
      if (!button) return false;
      if (this.letThrough.has(button) || this.state.nudge?.button === button) {
        this.letThrough.delete(button);
        this.update({ nudge: null });
        return false;
      }
      const session = this.composeOf(button);
      if (!session) return false;
      session.check();
      const warnings = session.findings.filter((f) => f.severity === 'warning');
      if (warnings.length === 0) return false;
      const byCategory = new Map<Category, number>();
      for (const f of warnings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
      const category = [...byCategory].sort((a, b) => b[1] - a[1])[0][0];
      e.preventDefault();
      e.stopImmediatePropagation();
      this.update({ nudge: { session, button, warnings: warnings.length, category }, card: null });
      return true;
    } catch {
      return false;
    }
  }

  /** The checked field in the same compose window as a Send button (nearest common ancestor). */
  private composeOf(button: HTMLElement): FieldSession | null {
    for (let el: HTMLElement | null = button.parentElement; el; el = el.parentElement) {
      for (const s of this.sessions.values()) if (s.connected && el.contains(s.root)) return s;
    }
    return null;
  }

  sendAnyway(): void {
    const nudge = this.state.nudge;
    if (!nudge) return;
    this.update({ nudge: null });
    this.letThrough.add(nudge.button);
    nudge.button.click();
  }

  reviewBeforeSend(): void {
    const nudge = this.state.nudge;
    if (!nudge) return;
    nudge.session.root.focus({ preventScroll: true });
    this.update({ nudge: null, session: nudge.session, listOpen: true, card: null });
  }

  closeNudge(): void {
    this.update({ nudge: null });
  }

  private async saveRemembered(): Promise<void> {
    const now = Date.now();
    for (const [k, until] of this.remembered) if (until <= now) this.remembered.delete(k);
    await ignoredFindings.setValue(Object.fromEntries(this.remembered));
  }

  /** A Send that goes through: the draft's ignored findings need not be remembered any more. */
  private forgetOnSend(e: MouseEvent): void {
    try {
      if (!(e.target instanceof Element)) return;
      for (const s of this.sessions.values()) {
        const button = s.adapter.sendButton?.(e.target);
        if (button) {
          this.composeOf(button)?.forgetIgnored();
          return;
        }
      }
    } catch {
      // Never in the way of sending.
    }
  }

  private onClick(e: MouseEvent): void {
    if (this.holdSend(e)) return;
    this.forgetOnSend(e);
    if (!e.isTrusted) return;
    const session = this.sessionFor(e.target);
    if (session) {
      const group = session.groupAt(e.clientX, e.clientY);
      if (group) this.openCard(session, group, { pinned: true });
      else if (this.state.card) this.closeCard();
      return;
    }
    // A click in our own UI arrives retargeted to the shadow host.
    if ((e.target as Element | null)?.localName === 'nemawashi-ui') return;
    if (this.state.card) this.closeCard();
    if (this.state.listOpen) this.closeList();
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && (this.state.card || this.state.listOpen || this.state.nudge)) {
      this.closeCard();
      this.closeList();
      this.closeNudge();
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    // Alt+Shift+N: the card for the phrase at (or after) the caret, then the next one;
    // Alt+Shift+P: the previous one. Both wrap around.
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP') && !e.isComposing) {
      const card = this.state.card;
      const session = this.sessionFor(document.activeElement) ?? card?.session ?? this.state.session;
      if (!session) return;
      const step = e.code === 'KeyN' ? 1 : -1;
      const group =
        card?.session === session ? session.nextGroup(card.group, step) : step === 1 ? session.groupAtCaret() : session.nextGroup(null, -1);
      if (!group) return;
      e.preventDefault();
      e.stopPropagation();
      this.openCard(session, group, { pinned: true, keyboard: true });
    }
  }
}

/**
 * The shadow root is open (the test contract reads it; it shows nothing the page does not hold),
 * so a page script can reach our buttons. It must not be able to press them: events the page
 * made up (element.click(), dispatchEvent: isTrusted false) are stopped before React sees them.
 */
const GUARDED_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput',
] as const;

export function guardUntrusted(container: Element): void {
  // Capture on the root: it runs before the listeners React puts on its own container below.
  const root = container.getRootNode() as ShadowRoot | Document;
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
}

export async function startChecker(ctx: ContentScriptContext): Promise<Checker> {
  const [aud, disabled, active, rules, managed, language, ignored] = await Promise.all([
    audience.getValue(),
    disabledRules.getValue(),
    loadActivePacks(),
    audienceRules.getValue(),
    managedState.getValue(),
    uiLanguage.getValue(),
    ignoredFindings.getValue().catch(() => ({})),
  ]);
  const checker = new Checker(ctx, { audience: aud, disabled, active, rules, orgRules: managed?.audienceRules, locked: !!managed?.lockAudience, language, ignored });
  await checker.mount();
  return checker;
}
