/**
 * The popup's view of the tab in front: the field last in focus, its findings by category, its
 * friction and clarity, and its audience; and the popup's per-draft audience override.
 */
import type { Audiences } from './audience';
import type { ContentRequest, DraftSummary } from './messages';
import type { OverlayStore } from './store';

export interface Summary {
  /** Answer a popup request (the content script routes the popup's messages here). */
  answer(message: ContentRequest, enabled: boolean): DraftSummary;
}

export function startSummary(deps: { store: OverlayStore; audiences: Pick<Audiences, 'view' | 'override'> }): Summary {
  const { store, audiences } = deps;
  const summary = (enabled: boolean): DraftSummary => {
    const session = store.getState().session;
    const byCategory: DraftSummary['byCategory'] = {};
    for (const f of session?.findings ?? []) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    return {
      kind: session?.adapter.kind ?? null,
      count: session?.findings.length ?? 0,
      friction: session?.friction ?? 0,
      clarity: session?.clarity ?? 100,
      byCategory,
      enabled,
      ...(session ? { audience: audiences.view(session) } : {}),
    };
  };
  return {
    answer(message, enabled) {
      const session = store.getState().session;
      if (message.type === 'nemawashi:draft-audience' && session) audiences.override(session, message.audience);
      return summary(enabled);
    },
  };
}
