/**
 * The watchdog over installed packs' rules. Every regex a pack can write runs on RE2 (linear
 * time), so no rule should ever be slow; this is the second line. Each watched rule's matcher and
 * exceptions are timed per sentence; a rule that runs past its budget twice is switched off (it
 * matches nothing from then on), the rest of the check goes on, and the reporter is told, so that
 * the switch holds for this browser and the options page can say so (lib/storage/watchdog.ts).
 *
 * A check already running cannot be interrupted (the engine is synchronous); a sentence is at most
 * 1,000 characters, so one slow call is bounded, and there is no third.
 */
import type { CompiledPack } from '../packs/compile';
import type { CompiledException, CompiledMatcher } from './matchers';

/** One rule on one sentence (normal rules take well under a millisecond). */
export const RULE_BUDGET_MS = 200;
/** Over budget this many times (in this page) and the rule is switched off. */
export const STRIKES = 2;

export interface SlowRule {
  /** "packId/ruleId" */
  key: string;
  ms: number;
}

const off = new Set<string>();
const strikes = new Map<string, number>();
const wrapped = new WeakSet<object>();
let reporter: (slow: SlowRule) => void = () => {};
let clock: () => number = () => performance.now();

export function ruleKey(packId: string, ruleId: string): string {
  return `${packId}/${ruleId}`;
}

/** Where switched-off rules are reported (storage, in the extension). */
export function setWatchdogReporter(fn: (slow: SlowRule) => void): void {
  reporter = fn;
}

/** Rules switched off before (read from storage), or turned back on by the user. */
export function setSwitchedOff(keys: Iterable<string>): void {
  off.clear();
  strikes.clear();
  for (const k of keys) off.add(k);
}

export function isSwitchedOff(key: string): boolean {
  return off.has(key);
}

/** For tests: a clock to advance by hand. */
export function setWatchdogClock(fn: () => number): void {
  clock = fn;
}

function strike(key: string, ms: number): void {
  const n = (strikes.get(key) ?? 0) + 1;
  strikes.set(key, n);
  if (n >= STRIKES && !off.has(key)) {
    off.add(key);
    reporter({ key, ms: Math.round(ms) });
  }
}

function timed<T>(key: string, run: () => T, none: T): T {
  if (off.has(key)) return none;
  const t0 = clock();
  try {
    return run();
  } finally {
    const ms = clock() - t0;
    if (ms > RULE_BUDGET_MS) strike(key, ms);
  }
}

function watchMatcher(m: CompiledMatcher, key: string): CompiledMatcher {
  const w: CompiledMatcher = { ...m, find: (ctx) => timed(key, () => m.find(ctx), []) };
  wrapped.add(w);
  return w;
}

function watchException(e: CompiledException, key: string): CompiledException {
  const w: CompiledException = { ...e, test: (ctx, match) => timed(key, () => e.test(ctx, match), false) };
  wrapped.add(w);
  return w;
}

/** Put a pack's rules under the watchdog (in place; once per compiled pack). */
export function watchPack<P extends CompiledPack>(pack: P): P {
  for (const rule of pack.rules) {
    const key = ruleKey(pack.id, rule.id);
    if (rule.matcher && !wrapped.has(rule.matcher)) rule.matcher = watchMatcher(rule.matcher, key);
    rule.exceptions = rule.exceptions.map((e) => (wrapped.has(e) ? e : watchException(e, key)));
  }
  return pack;
}
