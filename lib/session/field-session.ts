/**
 * One checked field: reads it through its adapter, asks the engine, paints the findings and
 * applies the user's choice. Checks are debounced, skipped while an IME composition is open, and
 * skipped when the text has not changed.
 *
 * The engine may answer at once (the practice page runs it in its own thread) or later (a web
 * page's content script asks the background, lib/check-client): every check carries a sequence
 * number, and an answer is painted only if no newer check was sent and nothing was typed since.
 */
import type { Field } from '../editors';
import type { FieldText } from '../editors/types';
import type { AnalyzeResult, Finding } from '../engine/types';
import { groupFindings, type MarkGroup } from '../highlight/focus';
import { firstRect, rangeContainsPoint } from '../highlight/hit';
import { TextareaMirror } from '../highlight/mirror';
import type { HighlightPainter, PaintedRange } from '../highlight/paint';
import { offsetOf, rangeFor } from '../highlight/text-map';
import { partNear, resultInWhole, type Part } from '../engine/part';

/** Quiet time after the last keystroke before checking (the budget is 250 ms to settle). */
export const CHECK_DELAY_MS = 120;
/** Drafts longer than this get their first check in slices (see warmUp). */
const WARM_UP_CHARS = 3000;
const WARM_UP_CHUNK = 1200;

export interface SessionHost {
  painter: HighlightPainter;
  /** The engine's judgement of `text`, now or later (a rejection with `stale` set is dropped quietly). */
  analyze(text: string): AnalyzeResult | Promise<AnalyzeResult>;
  /**
   * Analyse a long draft's first check a few paragraphs at a time on this thread (default true).
   * Off when the engine runs elsewhere: slicing only helps the thread that runs it.
   */
  sliceLongDrafts?: boolean;
  /** Where a textarea's mirror goes (inside our shadow root). */
  mirrorLayer: Element;
  /** Called whenever findings, friction or geometry change. */
  changed(session: FieldSession): void;
  /** Called when the engine's answer for the text as it is was painted (a check counter). */
  checked?(session: FieldSession): void;
  /** False while the engine is still getting ready: checks wait (the host rechecks after). */
  ready?(): boolean;
  /** Ignored findings remembered across reloads (keys are hashes: never the words). */
  remembered?: { has(key: string): boolean; add(key: string): void; delete(keys: Iterable<string>): void };
}

/** cyrb53: a 53-bit string hash (not cryptographic; it only has to keep the words out of storage). */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Findings the user dismissed stay dismissed while the same words are there. */
function ignoreKey(f: Finding): string {
  return `${f.pack}/${f.rule}\u0000${f.text}`;
}

/** The same finding after an edit moved it: same rule, same words. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.pack === b.pack && a.rule === b.rule && a.text === b.text;
}

export class FieldSession {
  readonly root: HTMLElement;
  readonly adapter: Field['adapter'];
  findings: Finding[] = [];
  friction = 0;
  /** Is the ask clear (the engine's clarity, 0-100)? */
  clarity = 100;
  pending = true;
  /** The finding whose card is open (painted more strongly). */
  active: Finding | null = null;
  /**
   * What is drawn: one mark per phrase (findings whose marks overlap share one), in reading
   * order. Every finding is in exactly one group, or in `unmarked` (draft-level: list only).
   */
  groups: MarkGroup[] = [];
  unmarked: Finding[] = [];
  /** The engine's draft-level tips (no thanks, no reason...): listed apart, never counted or drawn. */
  tips: Finding[] = [];
  /** For a giant draft, the part around the caret that was checked (null: the whole draft). */
  part: Part | null = null;

  private readonly mirror?: TextareaMirror;
  private snapshot: FieldText = { text: '' };
  private ranges = new Map<MarkGroup, AbstractRange>();
  /** A suggestion was applied and nothing typed since: an undo leaves the caret, not a selection. */
  private undoable = false;
  private readonly ignored = new Set<string>();
  /** Remembered keys this field ignored or found ignored (forgotten when the draft is sent). */
  private readonly rememberedHere = new Set<string>();
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanup: (() => void)[] = [];
  private disposed = false;
  private warmedUp = false;
  /** The last check sent (answers to older ones are dropped). */
  private seq = 0;
  /** Counts edits (input, mutations): an answer about text typed over since is dropped. */
  private edits = 0;
  /** The last check's answer painted or dropped. */
  private settled: Promise<void> = Promise.resolve();

  constructor(field: Field, private readonly host: SessionHost) {
    this.root = field.root;
    this.adapter = field.adapter;
    if (this.adapter.kind === 'textarea') {
      this.mirror = new TextareaMirror(this.root as HTMLTextAreaElement, host.mirrorLayer);
      this.listen(this.root, 'scroll', () => this.layout());
      const resize = new ResizeObserver(() => {
        this.mirror?.syncStyle();
        this.layout();
      });
      resize.observe(this.root);
      this.cleanup.push(() => resize.disconnect());
    } else {
      // Model-based editors (Draft.js, undo in ProseMirror) re-render without an input event.
      const mutations = new MutationObserver(() => {
        if (!this.composing) this.schedule();
      });
      mutations.observe(this.root, { characterData: true, childList: true, subtree: true });
      this.cleanup.push(() => mutations.disconnect());
    }
    this.listen(this.root, 'input', (e) => {
      if ((e as InputEvent).inputType === 'historyUndo' && this.undoable) this.collapseAfterUndo();
      else if ((e as InputEvent).inputType !== 'historyRedo') this.undoable = false;
      if ((e as InputEvent).isComposing || this.composing) return;
      // The mirror catches up at the check: re-laying out a long text per keystroke costs more.
      this.schedule();
    });
    // On the window, capturing: ahead of the page's own listeners. An editor that changes its DOM
    // in its compositionstart handler (Lexical puts a placeholder character at the caret) would
    // otherwise have that mutation seen, and a check scheduled, before the composition was known.
    const view = this.root.ownerDocument.defaultView;
    this.listen(
      view ?? this.root,
      'compositionstart',
      (e) => {
        if (!e.composedPath().includes(this.root)) return;
        this.composing = true;
        clearTimeout(this.timer);
      },
      true,
    );
    this.listen(this.root, 'compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    this.root.setAttribute('data-nemawashi', 'checked');
  }

  get text(): string {
    return this.snapshot.text;
  }

  get connected(): boolean {
    return this.root.isConnected;
  }

  schedule(delay = CHECK_DELAY_MS): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.edits++;
    if (!this.pending) {
      this.pending = true;
      this.host.changed(this);
    }
    this.timer = setTimeout(() => this.check(), delay);
  }

  /** Read the field and check it now (no-op while composing or when nothing changed). */
  check(force = false): void {
    clearTimeout(this.timer);
    if (this.disposed || this.composing || this.host.ready?.() === false) return;
    const snapshot = this.adapter.read(this.root);
    if (!force && !this.pending && snapshot.text === this.snapshot.text) return;
    if (!this.warmedUp && snapshot.text.length > WARM_UP_CHARS && this.host.sliceLongDrafts !== false) {
      this.warmedUp = true;
      const part = partNear(snapshot.text, this.mirror ? this.caret() : -1);
      void this.warmUp(snapshot.text.slice(part.start, part.end)).then(() => this.check(true));
      return;
    }
    this.warmedUp = true;
    const seq = ++this.seq;
    const edits = this.edits;
    // A giant draft is checked around the caret (findings moved back to its offsets), never whole.
    const part = partNear(snapshot.text, this.caret(snapshot));
    let answer: AnalyzeResult | Promise<AnalyzeResult>;
    try {
      answer = this.host.analyze(snapshot.text.slice(part.start, part.end));
    } catch (error) {
      answer = this.failed(error);
    }
    if (!(answer instanceof Promise)) {
      this.receive(snapshot, part, answer);
      this.settled = Promise.resolve();
      return;
    }
    this.settled = answer.then(
      (result) => {
        // A newer check was sent, or the text was typed over since: that check's answer comes.
        if (this.disposed || seq !== this.seq || edits !== this.edits) return;
        this.receive(snapshot, part, result);
      },
      (error: unknown) => {
        if (this.disposed || seq !== this.seq || (error as { stale?: boolean })?.stale) return;
        if (edits === this.edits) this.receive(snapshot, part, this.failed(error));
      },
    );
  }

  /** Check now, and wait until the answer is painted (or dropped for a newer check). */
  async checkNow(): Promise<void> {
    this.check(true);
    await this.settled;
  }

  private failed(error: unknown): AnalyzeResult {
    // Whatever the engine made of this text, the page and the user's typing must go on.
    console.warn('[nemawashi] could not check this draft', error);
    return { findings: [], friction: 0, clarity: 100, tips: [] };
  }

  /** Paint the engine's answer about `snapshot` (read when the check was sent). */
  private receive(snapshot: FieldText, part: Part, answer: AnalyzeResult): void {
    this.snapshot = snapshot;
    this.mirror?.syncText();
    this.pending = false;
    this.part = part.end - part.start < snapshot.text.length ? part : null;
    const result = resultInWhole(answer, part);
    const quoteStart = this.quoteOffset();
    this.findings = result.findings.filter((f) => !this.isIgnored(f) && f.start < quoteStart);
    this.tips = (result.tips ?? []).filter((f) => !this.isIgnored(f) && f.start <= Math.min(quoteStart, snapshot.text.length));
    this.friction = result.friction;
    this.clarity = result.clarity ?? 100;
    if (this.active) this.active = this.findings.find((f) => sameFinding(f, this.active!)) ?? null;
    this.paint();
    this.host.checked?.(this);
  }

  /** Take a switched-off rule's findings away at once (the engine's next answer agrees). */
  hideRule(key: string): void {
    const keep = (f: Finding) => `${f.pack}/${f.rule}` !== key;
    if (this.findings.every(keep) && this.tips.every(keep)) return;
    this.findings = this.findings.filter(keep);
    this.tips = this.tips.filter(keep);
    if (this.active && !keep(this.active)) this.active = null;
    this.paint();
  }

  /**
   * The first check of a long draft would be one long task. Analyse it a few paragraphs at a
   * time instead, yielding to the page between them: the engine caches results per sentence, so
   * the full check that follows only has the draft-level judgements left to do.
   */
  private async warmUp(text: string): Promise<void> {
    const lines = text.split('\n');
    let chunk: string[] = [];
    let size = 0;
    for (let i = 0; i < lines.length; i++) {
      chunk.push(lines[i]);
      size += lines[i].length + 1;
      if (size < WARM_UP_CHUNK && i < lines.length - 1) continue;
      if (this.disposed) return;
      try {
        void this.host.analyze(chunk.join('\n'));
      } catch {
        // The full check reports it.
      }
      chunk = [];
      size = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Where the site's own quoted-reply markup starts (the engine blanks quotes itself, too). */
  private quoteOffset(): number {
    const quote = this.adapter.quotedPart?.(this.root);
    if (!quote || !this.snapshot.map) return Infinity;
    const offset = offsetOf(this.snapshot.map, quote, 0);
    return offset < 0 ? Infinity : offset;
  }

  paint(): void {
    this.ranges.clear();
    const painted: PaintedRange[] = [];
    const { groups, unmarked } = groupFindings(this.findings);
    this.groups = [];
    this.unmarked = unmarked;
    for (const g of groups) {
      const range = this.mirror
        ? this.mirror.rangeFor(g.start, g.end)
        : this.snapshot.map && rangeFor(this.snapshot.map, g.start, g.end);
      if (!range) {
        // Not drawable (the text moved under it): the list still has it, and the count.
        this.unmarked.push(...g.findings);
        continue;
      }
      this.groups.push(g);
      this.ranges.set(g, range);
      painted.push({ range, mark: g.kind === 'quiet' ? 'quiet' : g.severity });
      if (this.active && g.findings.includes(this.active)) painted.push({ range, mark: 'active' });
    }
    this.mirror?.syncPosition();
    this.host.painter.paint(this, painted);
    this.host.changed(this);
  }

  setActive(finding: Finding | null): void {
    if (this.active === finding) return;
    this.active = finding;
    this.paint();
  }

  /** Keep the mirror on top of its textarea after a scroll or resize. */
  layout(): void {
    this.mirror?.syncPosition();
  }

  /** The mark under a point (its findings share one card). */
  groupAt(x: number, y: number): MarkGroup | null {
    this.mirror?.syncPosition();
    for (const [group, range] of this.ranges) if (rangeContainsPoint(range, x, y)) return group;
    return null;
  }

  /** The first finding of the mark under a point. */
  findingAt(x: number, y: number): Finding | null {
    return this.groupAt(x, y)?.findings[0] ?? null;
  }

  /** The mark holding a finding (the same finding after an edit: same rule, same words). */
  groupOf(finding: Finding): MarkGroup | null {
    return this.groups.find((g) => g.findings.some((f) => f === finding || sameFinding(f, finding))) ?? null;
  }

  private caret(snapshot: FieldText = this.snapshot): number {
    if (this.mirror) return (this.root as HTMLTextAreaElement).selectionStart;
    if (snapshot.map) {
      const selection = this.root.ownerDocument.getSelection();
      if (selection?.rangeCount && this.root.contains(selection.anchorNode)) {
        return offsetOf(snapshot.map, selection.anchorNode!, selection.anchorOffset);
      }
    }
    return -1;
  }

  /** The mark under the caret, or the next one after it (the first after the last). */
  groupAtCaret(): MarkGroup | null {
    const caret = this.caret();
    const gs = this.groups;
    return gs.find((g) => caret >= g.start && caret <= g.end) ?? gs.find((g) => g.start >= caret) ?? gs[0] ?? null;
  }

  /** The first finding of the mark under (or after) the caret. */
  findingAtCaret(): Finding | null {
    return this.groupAtCaret()?.findings[0] ?? null;
  }

  /** The mark after (or before) `from`, wrapping around; from the caret when `from` is null. */
  nextGroup(from: MarkGroup | null, step: 1 | -1): MarkGroup | null {
    const gs = this.groups;
    if (gs.length === 0) return null;
    const at = from ? gs.findIndex((g) => g.start === from.start && g.end === from.end) : -1;
    if (at < 0) {
      const caret = this.caret();
      if (step === 1) return gs.find((g) => g.end >= caret) ?? gs[0];
      return [...gs].reverse().find((g) => g.start < caret) ?? gs[gs.length - 1];
    }
    return gs[(at + step + gs.length) % gs.length];
  }

  anchorOf(target: Finding | MarkGroup): DOMRect | null {
    this.mirror?.syncPosition();
    // A group from before the last paint is found again by its place (or its first finding).
    const group =
      'findings' in target
        ? this.ranges.has(target)
          ? target
          : (this.groups.find((g) => g.start === target.start && g.end === target.end) ?? this.groupOf(target.findings[0]))
        : this.groupOf(target);
    const range = group && this.ranges.get(group);
    return range ? firstRect(range) : null;
  }

  /**
   * The browser's undo puts back the selection the replacement was made over: the restored
   * phrase, selected, so the next key typed would replace it. Leave the caret after it instead.
   */
  private collapseAfterUndo(): void {
    if (this.root instanceof HTMLTextAreaElement) {
      const end = this.root.selectionEnd;
      if (this.root.selectionStart !== end) this.root.setSelectionRange(end, end);
      return;
    }
    const selection = this.root.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed && this.root.contains(selection.focusNode)) {
      const range = selection.getRangeAt(0);
      selection.collapse(range.endContainer, range.endOffset);
    }
  }

  /**
   * Replace a finding's span with a suggestion, through the editor's own input path. Only if the
   * words under it are still the ones the engine saw: if the text moved, check again first.
   */
  async apply(finding: Finding, suggestion: string): Promise<boolean> {
    if (this.composing) return false;
    let target: Finding | undefined = finding;
    let now = this.adapter.read(this.root);
    if (now.text !== this.snapshot.text) {
      await this.checkNow();
      // No fresh check landed (the engine is still getting ready, a long draft is warming up, or
      // the text changed again meanwhile): the findings are about older text, and their offsets
      // would garble this one. Refuse; the check that comes next shows findings for the text as it is.
      const again = this.adapter.read(this.root);
      if (this.snapshot.text !== now.text || again.text !== now.text) {
        this.schedule();
        return false;
      }
      now = again;
      target = [...this.findings, ...this.tips].find((f) => sameFinding(f, finding));
    }
    // Validated against the text just read, never against an older snapshot.
    if (!target || now.text.slice(target.start, target.end) !== target.text) return false;
    const ok = await this.adapter.replace(this.root, target.start, target.end, suggestion);
    this.active = null;
    this.undoable = ok;
    this.check(true);
    return ok;
  }

  /**
   * The key an ignored finding is remembered by across reloads: the draft (Gmail's compose id,
   * else the page's address without its #fragment), the rule and the words, hashed.
   */
  private rememberKey(f: Finding): string {
    const loc = this.root.ownerDocument.location;
    const compose = loc && /[?&#]compose=([^&]+)/.exec(loc.hash)?.[1];
    const draft = !loc ? '' : compose && compose !== 'new' ? `${loc.origin}#compose=${compose}` : `${loc.origin}${loc.pathname}${loc.search}`;
    return hash53(`${draft}\u0000${ignoreKey(f)}`);
  }

  private isIgnored(f: Finding): boolean {
    if (this.ignored.has(ignoreKey(f))) return true;
    const key = this.rememberKey(f);
    if (!this.host.remembered?.has(key)) return false;
    this.rememberedHere.add(key);
    return true;
  }

  /** The draft was sent: what was ignored in it is forgotten (in storage; this field keeps it). */
  forgetIgnored(): void {
    this.host.remembered?.delete(this.rememberedHere);
    this.rememberedHere.clear();
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    const key = this.rememberKey(finding);
    this.rememberedHere.add(key);
    this.host.remembered?.add(key);
    if (this.active && sameFinding(this.active, finding)) this.active = null;
    this.findings = this.findings.filter((f) => ignoreKey(f) !== ignoreKey(finding));
    this.tips = this.tips.filter((f) => ignoreKey(f) !== ignoreKey(finding));
    this.paint();
  }

  /** Run `undo` when this session ends (the checker's watchers around the field). */
  addCleanup(undo: () => void): void {
    if (this.disposed) undo();
    else this.cleanup.push(undo);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const undo of this.cleanup) undo();
    this.host.painter.clear(this);
    this.mirror?.dispose();
    this.root.removeAttribute('data-nemawashi');
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void, capture = false): void {
    target.addEventListener(type, handler, capture);
    this.cleanup.push(() => target.removeEventListener(type, handler, capture));
  }
}
