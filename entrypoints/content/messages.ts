/** Messages between the popup and the content script of the tab in front. */
import type { Category } from '../../lib/engine/types';
import type { EditorKind } from '../../lib/editors/types';
import type { DraftAudienceView } from '../../components/DraftAudience';

export interface DraftSummary {
  /** The kind of field last focused, or null when no field has been checked on this page. */
  kind: EditorKind | null;
  count: number;
  friction: number;
  /** Is the ask clear (0-100)? */
  clarity?: number;
  byCategory: Partial<Record<Category, number>>;
  enabled: boolean;
  /** The draft's audience, what decided it, and the audiences to choose from. */
  audience?: DraftAudienceView & { options: string[] };
}

export type ContentRequest =
  | { type: 'nemawashi:summary' }
  /** The popup's per-draft override for the field last in focus (null: back to automatic). */
  | { type: 'nemawashi:draft-audience'; audience: string | null };

/**
 * What a page's content script sends the background when the user heads for a field (pointer
 * over it, focus in another input): it starts a stopped service worker and its engine early. It
 * carries nothing else, and the background answers nothing.
 */
export const WAKE_MESSAGE = 'nemawashi:wake';
