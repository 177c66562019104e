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
  private readonly textNode: Text;
  private readonly tail: Text;

  constructor(private readonly field: HTMLTextAreaElement, container: Element) {
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.className = 'nw-mirror';
    this.textNode = doc.createTextNode('');
    // A trailing newline only takes a line when something follows it.
    this.tail = doc.createTextNode('\u200b');
    this.element.append(this.textNode, this.tail);
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

  syncText(): void {
    if (this.textNode.data !== this.field.value) this.textNode.data = this.field.value;
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

  rangeFor(start: number, end: number): Range | null {
    const length = this.textNode.data.length;
    if (start < 0 || end > length || start > end) return null;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.textNode, start);
    range.setEnd(this.textNode, end);
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
