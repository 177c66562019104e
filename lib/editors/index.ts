/**
 * Which adapter handles a focused element. Webmail sites (one adapter per site in lib/sites) and
 * editor-specific adapters come first; plain textarea and contenteditable catch the rest.
 */
import { contenteditable } from './contenteditable';
import { draftjs } from './draftjs';
import { isExcluded } from './eligibility';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { textarea } from './textarea';
import type { EditorAdapter } from './types';
import { siteEditor } from './webmail';
import { SITES } from '../sites';

export const ADAPTERS: readonly EditorAdapter[] = [...SITES.map(siteEditor), prosemirror, quill, draftjs, textarea, contenteditable];

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

export type { EditorAdapter } from './types';
