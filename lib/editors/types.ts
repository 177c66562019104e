/**
 * An editor adapter knows one kind of field: how to recognise it from the element that has focus,
 * how to read its text (with line breaks, plus a map back to the DOM), and how to replace a span
 * through the editor's own input path so that the editor's model and undo stack stay right.
 */
import type { TextMap } from '../highlight/text-map';
import type { SiteId } from '../sites';

/** A webmail site's adapter has the site's id as its kind ('gmail', 'outlook', ...). */
export type EditorKind = 'textarea' | 'contenteditable' | 'prosemirror' | 'quill' | 'draftjs' | SiteId;

/** What was read from a field: the text, and for DOM fields the map back to text nodes. */
export interface FieldText {
  text: string;
  /** Absent for a textarea (its text has no DOM nodes: highlights go on a mirror). */
  map?: TextMap;
}

export interface EditorAdapter {
  kind: EditorKind;
  /** The field's root element if `target` (a focused element) belongs to this kind of field. */
  find(target: Element): HTMLElement | null;
  read(root: HTMLElement): FieldText;
  /**
   * Replace [start, end) of the text last read with `replacement`, as if the user had typed it.
   * Resolves to true when the field then holds exactly the expected text.
   */
  replace(root: HTMLElement, start: number, end: number, replacement: string): Promise<boolean>;
  /** The quoted reply inside the field, when the site marks it (used to keep the UI away). */
  quotedPart?(root: HTMLElement): Element | null;
  /** Webmail: the Send button that `target` (a clicked element) belongs to, if it is one. */
  sendButton?(target: Element): HTMLElement | null;
  /** Webmail: the Send button of the compose window that holds this body (for "Send anyway"). */
  sendButtonFor?(root: HTMLElement): HTMLElement | null;
  /** Webmail: whether this key press (inside the body) is the site's keyboard Send, e.g. Ctrl+Enter. */
  isSendShortcut?(e: KeyboardEvent): boolean;
}
