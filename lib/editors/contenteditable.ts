/** Any contenteditable element (the fallback for DOM fields no other adapter claims). */
import { editingHost } from './eligibility';
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  find: editingHost,
  read: readDom,
  replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement, { keepFormatting: true }),
};
