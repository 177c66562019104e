/**
 * A textarea's text cannot carry a CSS highlight, so we lay a transparent copy of it exactly
 * over the field (same box, font, wrapping and scroll position) and paint the copy. The mirror
 * takes no pointer events; the textarea underneath stays the thing the user types in.
 */

const COPIED = [
  'boxSizing', 'width', 'height',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent',
  'textAlign', 'direction', 'tabSize', 'wordBreak', 'overflowWrap', 'whiteSpace', 'hyphens',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  /**
   * One block per line of the field's text: an edit re-lays out only the lines it touched, not
   * the whole draft (a single 2,000-word text node would be re-wrapped on every check).
   */
  private lines: HTMLDivElement[] = [];
  private lineTexts: string[] = [];
  /** Offset of each line's first character in the field's value. */
  private lineStarts: number[] = [];
  private length = 0;

  constructor(private readonly field: HTMLTextAreaElement, container: Element) {
    this.element = container.ownerDocument.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.className = 'nw-mirror';
    container.append(this.element);
    this.syncStyle();
    this.syncText();
  }

  /** Copy the field's box and typography (call when the field resizes). */
  syncStyle(): void {
    const computed = getComputedStyle(this.field);
    const style = this.element.style;
    for (const prop of COPIED) style[prop] = computed[prop];
    if (!computed.whiteSpace.startsWith('pre') && computed.whiteSpace !== 'break-spaces') style.whiteSpace = 'pre-wrap';
    // The field's scrollbar narrows its text; the mirror has none, so pad by the same width.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth -
      parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    if (scrollbar > 0) style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
    style.borderColor = 'transparent';
    style.width = `${this.field.offsetWidth}px`;
    style.height = `${this.field.offsetHeight}px`;
    style.boxSizing = 'border-box';
  }

  /** Bring the copy up to date, replacing only the lines that changed. */
  syncText(): void {
    const value = this.field.value;
    const next = value.split('\n');
    this.length = value.length;
    const prev = this.lineTexts;
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (
      tail < prev.length - head &&
      tail < next.length - head &&
      prev[prev.length - 1 - tail] === next[next.length - 1 - tail]
    ) tail++;
    const added = next.slice(head, next.length - tail).map((text) => this.makeLine(text));
    const removed = this.lines.splice(head, prev.length - tail - head, ...added);
    for (const line of removed) line.remove();
    const before = this.lines[head + added.length] ?? null;
    for (const line of added) this.element.insertBefore(line, before);
    this.lineTexts = next;
    let offset = 0;
    this.lineStarts = next.map((text) => {
      const start = offset;
      offset += text.length + 1;
      return start;
    });
  }

  private makeLine(text: string): HTMLDivElement {
    const line = this.element.ownerDocument.createElement('div');
    // An empty line still takes its height, as it does in the textarea.
    line.append(text ? text : this.element.ownerDocument.createElement('br'));
    return line;
  }

  /** Follow the field's place on screen and its scroll position. */
  syncPosition(): void {
    const rect = this.field.getBoundingClientRect();
    const style = this.element.style;
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.display = rect.width && rect.height ? '' : 'none';
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  private point(offset: number): [Node, number] | null {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo];
    if (!line) return null;
    const within = Math.min(offset - this.lineStarts[lo], this.lineTexts[lo].length);
    const text = line.firstChild;
    return text?.nodeType === Node.TEXT_NODE ? [text, within] : [line, 0];
  }

  rangeFor(start: number, end: number): Range | null {
    if (start < 0 || end > this.length || start > end) return null;
    const a = this.point(start);
    const b = this.point(end);
    if (!a || !b) return null;
    const range = this.element.ownerDocument.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  }

  dispose(): void {
    this.element.remove();
  }
}

export const MIRROR_CSS = `
.nw-mirror {
  position: fixed; margin: 0; overflow: hidden; pointer-events: none;
  color: transparent; background: transparent; z-index: 0;
}`;
