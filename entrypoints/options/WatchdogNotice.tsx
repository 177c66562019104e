/**
 * Rules the watchdog switched off (lib/engine/watchdog.ts): named here, with why, and a way to
 * turn each back on. Shown only when there is one. Its words live here, in both languages, so the
 * shared dictionaries stay as they are.
 */
import { useI18n } from '../../lib/i18n/react';
import { turnBackOn, watchdogOff } from '../../lib/storage/watchdog';
import { useStorageItem } from '../../components/use-storage';

const WORDS = {
  en: {
    title: 'Rules switched off because they were too slow',
    why: (ms: number) => `took ${ms} ms on one sentence (the budget is 200 ms), so Nemawashi switched it off in this browser; the other rules keep working.`,
    back: 'Turn back on',
  },
  ja: {
    title: '遅すぎたため停止したルール',
    why: (ms: number) => `1文に ${ms} ms かかったため（上限は 200 ms）、このブラウザーで停止しました。ほかのルールは動いています。`,
    back: '再び有効にする',
  },
} as const;

export function WatchdogNotice() {
  const { locale } = useI18n();
  const list = useStorageItem(watchdogOff);
  if (!list?.length) return null;
  const w = WORDS[locale === 'ja' ? 'ja' : 'en'];
  return (
    <section className="managed" role="status" data-testid="watchdog-notice">
      <h2>{w.title}</h2>
      <ul>
        {list.map((r) => (
          <li key={r.key} data-testid="watchdog-rule" data-rule-key={r.key}>
            <code>{r.key}</code> {w.why(r.ms)}{' '}
            <button type="button" onClick={() => void turnBackOn(r.key)}>
              {w.back}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
