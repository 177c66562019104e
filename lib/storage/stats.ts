/**
 * Personal stats from real use, opt-in: how many findings were shown, applied and ignored, per
 * category per week. Counts only: no text, no site, no rule id ever goes in here. Off until the
 * user switches it on in the options page; switching it off keeps nothing new, and "clear" removes
 * what was kept. Weeks start on Monday (local time); a year of weeks is kept.
 */
import { storage } from 'wxt/utils/storage';
import type { Category } from '../engine/types';

export const FINDING_EVENTS = ['shown', 'applied', 'ignored'] as const;
export type FindingEvent = (typeof FINDING_EVENTS)[number];

export type EventCounts = Record<FindingEvent, number>;
/** Week (the Monday, YYYY-MM-DD) -> category -> counts. */
export type WeeklyStats = Record<string, Partial<Record<Category, EventCounts>>>;

export const MAX_WEEKS = 53;

export const statsEnabled = storage.defineItem<boolean>('local:stats.enabled', { fallback: false });
export const weeklyStats = storage.defineItem<WeeklyStats>('local:stats.weeks', { fallback: {} });

/** The Monday of the week `date` falls in, as YYYY-MM-DD in local time. */
export function weekOf(date: Date): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Add one event to the counts (pure; drops weeks beyond a year). */
export function addEvent(stats: WeeklyStats, category: Category, kind: FindingEvent, now: Date): WeeklyStats {
  const week = weekOf(now);
  const counts = stats[week]?.[category] ?? { shown: 0, applied: 0, ignored: 0 };
  const next: WeeklyStats = { ...stats, [week]: { ...stats[week], [category]: { ...counts, [kind]: counts[kind] + 1 } } };
  const weeks = Object.keys(next).sort();
  for (const old of weeks.slice(0, Math.max(0, weeks.length - MAX_WEEKS))) delete next[old];
  return next;
}

// Writes are chained so that events fired together (a burst of findings) are all counted.
let queue: Promise<void> = Promise.resolve();

/**
 * Count one finding event, if the user opted in. Safe to call from the content script on every
 * card shown, suggestion applied or finding ignored; never throws.
 */
export function recordFindingEvent(category: Category, kind: FindingEvent, now = new Date()): Promise<void> {
  queue = queue
    .then(async () => {
      if (!(await statsEnabled.getValue())) return;
      await weeklyStats.setValue(addEvent(await weeklyStats.getValue(), category, kind, now));
    })
    .catch(() => {
      // Stats are best effort: a storage error must never disturb the user's writing.
    });
  return queue;
}

export async function clearStats(): Promise<void> {
  await weeklyStats.removeValue();
}

/** Totals per week (all categories) and per category (all weeks), for the charts. */
export function summariseStats(stats: WeeklyStats): {
  weeks: string[];
  perWeek: EventCounts[];
  categories: Category[];
  perCategory: EventCounts[];
} {
  const weeks = Object.keys(stats).sort();
  const zero = (): EventCounts => ({ shown: 0, applied: 0, ignored: 0 });
  const perWeek = weeks.map(() => zero());
  const byCategory = new Map<Category, EventCounts>();
  weeks.forEach((week, i) => {
    for (const [category, counts] of Object.entries(stats[week]) as [Category, EventCounts][]) {
      const total = byCategory.get(category) ?? zero();
      for (const k of FINDING_EVENTS) {
        perWeek[i][k] += counts[k];
        total[k] += counts[k];
      }
      byCategory.set(category, total);
    }
  });
  const categories = [...byCategory.keys()].sort((a, b) => byCategory.get(b)!.shown - byCategory.get(a)!.shown || a.localeCompare(b));
  return { weeks, perWeek, categories, perCategory: categories.map((c) => byCategory.get(c)!) };
}
