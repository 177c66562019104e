/**
 * Paints findings with the CSS Custom Highlight API: no element is ever wrapped around the
 * editor's text, so the page's editor never sees a change. The highlight registry is per
 * document and visible to the page, so our names carry a random suffix.
 */
import type { Severity } from '../engine/types';

/** A severity's underline; 'quiet': a sentence-level judgement's soft mark; 'active': the open card's. */
export type Mark = Severity | 'quiet' | 'active';
const MARKS: readonly Mark[] = ['quiet', 'info', 'suggestion', 'warning', 'active'];

const COLOURS: Record<Severity, string> = {
  warning: '#d93025',
  suggestion: '#e37400',
  info: '#1a73e8',
};

export interface PaintedRange {
  range: AbstractRange;
  mark: Mark;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly names: Record<Mark, string>;
  private readonly owners = new Map<object, PaintedRange[]>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document, id = Math.random().toString(36).slice(2, 10)) {
    this.names = Object.fromEntries(MARKS.map((m) => [m, `nemawashi-${id}-${m}`])) as Record<Mark, string>;
  }

  /** `::highlight()` rules; they must also be added inside any shadow root holding painted text. */
  css(): string {
    const rules = (['info', 'suggestion', 'warning'] as const).map(
      (s) =>
        `::highlight(${this.names[s]}) { text-decoration: underline ${s === 'info' ? 'dotted' : 'wavy'} ${COLOURS[s]}; ` +
        `text-decoration-thickness: 2px; text-decoration-skip-ink: none; text-underline-offset: 2px; }`,
    );
    rules.push(
      `::highlight(${this.names.quiet}) { text-decoration: underline dotted rgba(95, 99, 104, 0.7); ` +
        `text-decoration-thickness: 1px; text-decoration-skip-ink: none; text-underline-offset: 3px; }`,
    );
    rules.push(`::highlight(${this.names.active}) { background-color: rgba(255, 200, 0, 0.35); }`);
    return rules.join('\n');
  }

  /** Replace what `owner` (one field) has painted. */
  paint(owner: object, ranges: PaintedRange[]): void {
    if (ranges.length) this.owners.set(owner, ranges);
    else this.owners.delete(owner);
    this.commit();
  }

  clear(owner: object): void {
    if (this.owners.delete(owner)) this.commit();
  }

  dispose(): void {
    this.owners.clear();
    if (highlightsSupported()) for (const m of MARKS) CSS.highlights.delete(this.names[m]);
    this.style?.remove();
    this.style = null;
  }

  private commit(): void {
    if (!highlightsSupported()) return;
    if (!this.style?.isConnected) {
      this.style = this.doc.createElement('style');
      this.style.textContent = this.css();
      (this.doc.head ?? this.doc.documentElement).append(this.style);
    }
    const byMark = new Map<Mark, AbstractRange[]>(MARKS.map((m) => [m, []]));
    for (const ranges of this.owners.values()) for (const r of ranges) byMark.get(r.mark)!.push(r.range);
    for (const [mark, ranges] of byMark) {
      const name = this.names[mark];
      if (ranges.length === 0) {
        CSS.highlights.delete(name);
        continue;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = MARKS.indexOf(mark);
      CSS.highlights.set(name, highlight);
    }
  }
}
