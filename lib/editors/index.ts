/**
 * Which adapter handles a focused element. Site- and editor-specific adapters come first; plain
 * textarea and contenteditable catch the rest.
 */
import { contenteditable } from './contenteditable';
import { draftjs } from './draftjs';
import { isExcluded } from './eligibility';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { textarea } from './textarea';
import type { EditorAdapter } from './types';

export const ADAPTERS: readonly EditorAdapter[] = [gmail, outlook, prosemirror, quill, draftjs, textarea, contenteditable];

export interface Field {
  adapter: EditorAdapter;
  root: HTMLElement;
}

export function findField(target: Element): Field | null {
  for (const adapter of ADAPTERS) {
    const root = adapter.find(target);
    if (root) return isExcluded(root) ? null : { adapter, root };
  }
  return null;
}

export type { EditorAdapter, EditorKind, FieldText } from './types';
