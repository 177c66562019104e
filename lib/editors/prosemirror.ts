/**
 * ProseMirror (TipTap, and the many editors built on it). ProseMirror watches its DOM and turns
 * the browser's own insertion into a transaction, so its model and history stay right.
 */
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export const prosemirror: EditorAdapter = {
  kind: 'prosemirror',
  find(target) {
    const root = target.closest<HTMLElement>('.ProseMirror');
    return root?.isContentEditable ? root : null;
  },
  read: readDom,
  replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement),
};
