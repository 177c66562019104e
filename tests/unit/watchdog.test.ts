/**
 * Issue 10: the watchdog. A rule whose matcher runs past its budget (twice) is switched off, the
 * rest of the check goes on, the switch is stored for this browser, and the user can turn it back
 * on. Time is a hand-driven clock here (no timed unit test).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/engine/analyze';
import { isSwitchedOff, RULE_BUDGET_MS, setSwitchedOff, setWatchdogClock, watchPack } from '../../lib/engine/watchdog';
import { loadPack } from '../../lib/packs/load';
import { disabledRules } from '../../lib/storage/items';
import { startWatchdog, turnBackOn, watchdogOff } from '../../lib/storage/watchdog';

let now = 0;
beforeEach(() => {
  fakeBrowser.reset();
  setSwitchedOff([]);
  now = 0;
  setWatchdogClock(() => now);
});
afterEach(() => setWatchdogClock(() => performance.now()));

/** The mini pack under the watchdog; `slowRule`'s matcher costs more than the budget per sentence. */
function miniPack(slowRule?: string) {
  const r = loadPack(readFileSync('tests/fixtures/packs/mini.yaml', 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini');
  const slow = r.pack.rules.find((x) => x.id === slowRule)?.matcher;
  if (slow) {
    const find = slow.find;
    slow.find = (ctx) => {
      now += RULE_BUDGET_MS + 1;
      return find(ctx);
    };
  }
  return watchPack(r.pack);
}

it('switches off a rule that runs past its budget twice, and the other rules keep working', async () => {
  startWatchdog();
  const pack = miniPack('you-need-to');
  const text = 'You need to send the report by Friday.\nSend me the numbers by noon.';
  const rules = (t: string) => analyze(t, { packs: [pack] }).findings.map((f) => f.rule).sort();
  expect(rules(text)).toEqual(['imperative', 'you-need-to']); // first strike: still reported
  expect(rules(`${text} `)).toEqual(['imperative', 'you-need-to']); // second strike (new text, no cache)
  expect(isSwitchedOff('test/mini/you-need-to')).toBe(true);
  // A sentence not seen before: the rule matches nothing now, the others still do.
  expect(rules('You need to fix the build today.\nSend me the deck.')).toEqual(['imperative']);
  await expect.poll(async () => (await watchdogOff.getValue()).map((r) => r.key)).toEqual(['test/mini/you-need-to']);
  // Stored as switched off too, so that findings already on screen go and options shows it.
  expect(await disabledRules.getValue()).toEqual(['test/mini/you-need-to']);

  await turnBackOn('test/mini/you-need-to');
  await expect.poll(() => isSwitchedOff('test/mini/you-need-to')).toBe(false);
  expect(await disabledRules.getValue()).toEqual([]);
});

it('a rule within its budget is never switched off', () => {
  const pack = miniPack();
  for (let i = 0; i < 5; i++) analyze(`You need to send report ${i} by Friday.`, { packs: [pack] });
  expect(isSwitchedOff('test/mini/you-need-to')).toBe(false);
});
