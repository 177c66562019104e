/** Messages between the popup and the content script of the tab in front. */
import type { Category } from '../../lib/engine/types';
import type { EditorKind } from '../../lib/editors/types';

export interface DraftSummary {
  /** The kind of field last focused, or null when no field has been checked on this page. */
  kind: EditorKind | null;
  count: number;
  friction: number;
  byCategory: Partial<Record<Category, number>>;
  enabled: boolean;
}

export type ContentRequest = { type: 'nemawashi:summary' };
