/** Quill (`.ql-editor`): Quill reads DOM mutations back into its Delta and its history. */
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export const quill: EditorAdapter = {
  kind: 'quill',
  find(target) {
    const root = target.closest<HTMLElement>('.ql-editor');
    return root?.isContentEditable ? root : null;
  },
  read: readDom,
  replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement),
};
