/**
 * Draft.js (`.public-DraftEditor-content`). Draft keeps its own selection, updated on
 * `selectionchange`, and applies typed text to its EditorState itself: so select, let Draft see
 * the selection, then insert.
 */
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export const draftjs: EditorAdapter = {
  kind: 'draftjs',
  find(target) {
    const root = target.closest<HTMLElement>('.public-DraftEditor-content');
    return root?.isContentEditable ? root : null;
  },
  read: readDom,
  replace: (root, start, end, replacement) =>
    replaceInDom(root, readDom, start, end, replacement, { waitForSelection: true }),
};
