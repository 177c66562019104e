/**
 * Draft.js (`.public-DraftEditor-content`). Draft keeps its own selection, updated on
 * `selectionchange`, and applies typed text to its EditorState from React's onBeforeInput: so
 * select, let Draft see the selection, then offer the text as `textInput`. Text inserted into its
 * DOM behind its back would put Draft's rendering out of step (undo would not repaint).
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
    replaceInDom(root, readDom, start, end, replacement, { textInput: true }),
};
