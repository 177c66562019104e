/**
 * The watchdog's memory (see lib/engine/watchdog.ts): rules it switched off stay off in this
 * browser (every tab, the practice page) until the user turns them back on in the options page,
 * which says which rules and why.
 */
import { storage } from 'wxt/utils/storage';
import { setSwitchedOff, setWatchdogReporter, type SlowRule } from '../engine/watchdog';
import { disabledRules } from './items';

export interface SwitchedOffRule extends SlowRule {
  at: number;
}

export const watchdogOff = storage.defineItem<SwitchedOffRule[]>('local:watchdogOff', { fallback: [] });

let started = false;

/** Follow the stored list, and store what the watchdog switches off here. Idempotent. */
export function startWatchdog(): void {
  if (started) return;
  started = true;
  setWatchdogReporter((slow) => {
    console.warn(`[nemawashi] rule ${slow.key} took ${slow.ms} ms on one sentence: switched off`);
    void (async () => {
      const list = await watchdogOff.getValue();
      if (!list.some((r) => r.key === slow.key)) await watchdogOff.setValue([...list, { ...slow, at: Date.now() }]);
      // Also a switched-off rule, as the user's own switch would be: its findings already on
      // screen (cached per sentence) go, in every tab, and the options page shows it off.
      const disabled = await disabledRules.getValue();
      if (!disabled.includes(slow.key)) await disabledRules.setValue([...disabled, slow.key]);
    })();
  });
  void watchdogOff.getValue().then((list) => setSwitchedOff(list.map((r) => r.key)));
  watchdogOff.watch((list) => setSwitchedOff((list ?? []).map((r) => r.key)));
}

/** The user turns a switched-off rule back on (options page). */
export async function turnBackOn(key: string): Promise<void> {
  await watchdogOff.setValue((await watchdogOff.getValue()).filter((r) => r.key !== key));
  await disabledRules.setValue((await disabledRules.getValue()).filter((k) => k !== key));
}
