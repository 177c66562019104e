/**
 * The text of an editable DOM subtree as the engine should see it, and a map from offsets in
 * that text back to DOM positions.
 *
 * Line breaks are kept (block elements and `<br>` become "\n") so that the engine can recognise
 * quoted replies and signatures line by line. Every character of a text node maps to exactly one
 * character of the output (no-break spaces become spaces, stray source newlines become spaces),
 * so offsets map back one to one; the only characters without a DOM counterpart are the "\n"s
 * synthesised at block boundaries and for `<br>`. A text node holding nothing but zero-width
 * characters (an editor's caret placeholder in an empty line) is no text at all.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the mapped text. */
  start: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TFOOT', 'TR', 'UL',
]);
/** An empty text node, or one holding only zero-width spaces / no-break spaces (U+200B, U+FEFF). */
const ZERO_WIDTH_ONLY = /^[\u200b\ufeff]*$/;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'IFRAME', 'OBJECT']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** A `<br>` with nothing visible after it in its block only ends the line; it adds none. */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE) {
        if ((next as Text).data.length > 0) return false;
      } else if (next.nodeType === Node.ELEMENT_NODE) {
        const el = next as Element;
        if (isBlock(el)) return true;
        if (el.tagName === 'BR' || el.tagName === 'IMG' || el.textContent) return false;
      }
    }
    node = node.parentNode;
    if (node && node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) return true;
  }
  return true;
}

function preservesNewlines(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'PRE') return true;
    if (el === root) break;
  }
  const ws = root.ownerDocument.defaultView?.getComputedStyle(root).whiteSpace ?? '';
  return ws.startsWith('pre') || ws === 'break-spaces';
}

export function buildTextMap(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let needBreak = false;
  let hasLine = false;
  let rootKeepsNewlines: boolean | undefined;

  const flushBreak = () => {
    if (needBreak && hasLine) {
      parts.push('\n');
      length += 1;
    }
    needBreak = false;
  };

  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        // Empty, or only the zero-width character an editor puts in an empty line for the caret
        // (Slate's `data-slate-zero-width`): no text, so an empty line reads as an empty line.
        if (ZERO_WIDTH_ONLY.test(text.data)) continue;
        let data = text.data.replace(/\u00a0/g, ' ');
        if (data.includes('\n')) {
          rootKeepsNewlines ??= preservesNewlines(text, root);
          if (!rootKeepsNewlines) {
            // Source formatting between blocks (`</div>\n  <div>`) is not rendered.
            if ((needBreak || !hasLine) && /^[ \t\n\r]+$/.test(data)) continue;
            data = data.replace(/[\n\r]/g, ' ');
          }
        }
        flushBreak();
        segments.push({ node: text, start: length, length: data.length });
        parts.push(data);
        length += data.length;
        hasLine = true;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden')) continue;
        if (el.tagName === 'BR') {
          if (isTrailingBreak(el, root)) {
            // The line it ends still counts as a line (an empty paragraph is an empty line).
            flushBreak();
          } else {
            flushBreak();
            parts.push('\n');
            length += 1;
          }
          hasLine = true;
          continue;
        }
        const block = isBlock(el);
        if (block) needBreak = true;
        walk(el);
        if (block) needBreak = true;
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

function findSegment(segments: TextSegment[], offset: number, edge: 'start' | 'end'): number {
  // Last segment whose start is <= offset (for 'end', strictly < offset).
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid].start;
    if (edge === 'start' ? s <= offset : s < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM position of the character at `offset` (or just before it, for a range's end). */
export function pointAt(map: TextMap, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  const i = findSegment(segments, offset, edge);
  if (edge === 'start') {
    if (i >= 0) {
      const seg = segments[i];
      if (offset < seg.start + seg.length) return { node: seg.node, offset: offset - seg.start };
    }
    // A synthesised line break: the range starts at the next text node.
    const next = segments[i + 1];
    return next ? { node: next.node, offset: 0 } : null;
  }
  if (i >= 0) {
    const seg = segments[i];
    if (offset <= seg.start + seg.length) return { node: seg.node, offset: offset - seg.start };
    return { node: seg.node, offset: seg.length };
  }
  return null;
}

/** A DOM range for [start, end) of the mapped text, or null if the map has no text there. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, end === start ? 'start' : 'end');
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/** The mapped-text offset of a DOM position (a caret), or -1 when it is outside the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = map.segments.find((s) => s.node === node);
    return seg ? seg.start + Math.min(offset, seg.length) : -1;
  }
  // An element position: the start of the first text node at or after it.
  const probe = node.ownerDocument!.createRange();
  probe.setStart(node, offset);
  for (const seg of map.segments) {
    if (probe.comparePoint(seg.node, 0) >= 0) return seg.start;
  }
  const last = map.segments.at(-1);
  return last ? last.start + last.length : 0;
}
