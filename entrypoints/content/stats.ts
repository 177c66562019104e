/**
 * Opt-in usage stats: counts per category of findings shown, applied and ignored (nothing else;
 * recordFindingEvent is a no-op unless the user switched stats on in the options page).
 */
import { recordFindingEvent } from '../../lib/storage/stats';
import type { OverlayStore } from './store';

export function startStats(store: Pick<OverlayStore, 'onEvent'>, signal: AbortSignal, record = recordFindingEvent): void {
  store.onEvent((e) => void record(e.finding.category, e.type).catch(() => undefined), signal);
}
