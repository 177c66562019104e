/**
 * Gmail compose and reply bodies. Found by their editing attributes, never by the aria-label,
 * which Gmail translates. A reply's quoted text sits in `.gmail_quote` after an "On ... wrote:"
 * line, which the engine recognises in the text we pass.
 */
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export const gmail: EditorAdapter = {
  kind: 'gmail',
  find(target) {
    const body = target.closest<HTMLElement>('div[g_editable="true"][role="textbox"]');
    return body?.isContentEditable ? body : null;
  },
  read: readDom,
  replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement, { keepFormatting: true }),
  quotedPart: (root) => root.querySelector('.gmail_quote'),
  // Gmail's Send button keeps its class across languages; its label and tooltip are translated.
  sendButton: (target) => target.closest<HTMLElement>('[role="button"].aoO'),
};
