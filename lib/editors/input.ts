/**
 * The one way a suggestion reaches a DOM editor: select the span, offer it to the editor as a
 * `beforeinput` insertReplacementText (editors built on beforeinput take it from there), and
 * otherwise insert it with `execCommand('insertText')`, which the browser treats as typing: the
 * page's editor sees ordinary input events and the change lands on the undo stack.
 */
import { buildTextMap, rangeFor } from '../highlight/text-map';
import { formattedReplacement, fragmentHtml, hasInlineFormatting } from './formatting';
import type { FieldText } from './types';

/** One macrotask: lets `selectionchange` reach editors that track the selection themselves. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function readDom(root: HTMLElement): FieldText {
  const map = buildTextMap(root);
  return { text: map.text, map };
}

export function selectRange(root: HTMLElement, range: Range): void {
  const doc = root.ownerDocument;
  if (!root.contains(doc.activeElement) && doc.activeElement !== root) root.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** True when the page's editor took the replacement itself (it cancelled the beforeinput). */
export function offerReplacement(root: HTMLElement, range: Range, replacement: string): boolean {
  const view = root.ownerDocument.defaultView ?? window;
  let dataTransfer: DataTransfer | null = null;
  try {
    dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', replacement);
  } catch {
    // DataTransfer is not constructible everywhere; `data` carries the text as well.
  }
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    dataTransfer,
    targetRanges: [new view.StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !root.dispatchEvent(event);
}

/**
 * React's onBeforeInput, which Draft.js applies typed text from, is built on the legacy
 * `textInput` event; execCommand does not fire it. Offering the text this way lets such an editor
 * update its own model (and undo stack) instead of reconciling a DOM it did not render.
 * True when the editor took it (cancelled the event).
 */
export function offerTextInput(root: HTMLElement, text: string): boolean {
  const doc = root.ownerDocument;
  try {
    const event = doc.createEvent('TextEvent') as TextEvent;
    event.initTextEvent('textInput', true, true, doc.defaultView, text);
    return !root.dispatchEvent(event);
  } catch {
    return false; // No TextEvent in this browser.
  }
}

export function insertText(doc: Document, text: string): boolean {
  // execCommand is deprecated but remains the only way to type into a page's editor with undo.
  return doc.execCommand('insertText', false, text);
}

/** Poll until the editor shows the expected text (model-based editors re-render a tick later). */
export async function settlesTo(read: () => string, expected: string, tries = 10): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (read() === expected) return true;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  return read() === expected;
}

export interface DomReplaceOptions {
  /** Offer the text as a `textInput` event before typing it (React-based editors, see offerTextInput). */
  textInput?: boolean;
  /**
   * Keep the inline formatting (links, bold) of the replaced words (lib/editors/formatting.ts):
   * for plain contenteditable fields, whose DOM is the model.
   */
  keepFormatting?: boolean;
}

/** Replace [start, end) of a DOM field's text through the editor's input path. */
export async function replaceInDom(
  root: HTMLElement,
  read: (root: HTMLElement) => FieldText,
  start: number,
  end: number,
  replacement: string,
  options: DomReplaceOptions = {},
): Promise<boolean> {
  const before = read(root);
  if (!before.map) return false;
  const range = rangeFor(before.map, start, end);
  if (!range) return false;
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
  selectRange(root, range);
  // Select first and let the page handle `selectionchange` (a task later), as a user's selection
  // would be: editors that keep their own model (ProseMirror, Quill, Draft.js, Lexical, Slate)
  // track the selection there, and some start their undo history from that update (Lexical's
  // first change after a draft is loaded is only undoable if a selection update came before it).
  await nextTask();
  // The user may have typed in the meantime: never replace text we did not check.
  const now = read(root);
  const selection = root.ownerDocument.getSelection();
  if (now.text !== before.text || !selection?.rangeCount) return false;
  if (selection.toString().replace(/\u00a0/g, ' ') !== before.text.slice(start, end)) selectRange(root, range);
  const formatted = options.keepFormatting && hasInlineFormatting(range, root);
  const html = formatted ? fragmentHtml(formattedReplacement(range, root, replacement), root.ownerDocument) : '';
  const taken = offerReplacement(root, range, replacement) || (options.textInput && offerTextInput(root, replacement));
  if (taken) return settlesTo(() => read(root).text, expected);
  const doc = root.ownerDocument;
  // One insertHTML (one undo step) that keeps the words' links and bold; if the editor made other
  // text of it, take it back and type the plain text instead.
  if (formatted && doc.execCommand('insertHTML', false, html)) {
    if (read(root).text === expected) return true;
    doc.execCommand('undo');
    const again = rangeFor(read(root).map!, start, end);
    if (!again || read(root).text !== before.text) return false;
    selectRange(root, again);
  }
  insertText(doc, replacement);
  return settlesTo(() => read(root).text, expected);
}
