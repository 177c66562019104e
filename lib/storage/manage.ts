/**
 * Changing the installed packs: install from text, subscribe to and refresh a URL, remove,
 * switch packs and rules on or off, override severities, export. The background runs the
 * installs (it is the one writer of the installed packs, so a scheduled update and a user's
 * install never overwrite each other); the options page reaches it through lib/storage/messages.
 */
import { SEVERITIES, type Severity } from '../engine/types';
import { builtinPackSources, builtinReadyPacks } from '../packs/builtin-data';
import { storage } from 'wxt/utils/storage';
import { fetchPackText, PackFetchError } from './fetch';
import type { InstallOutcome, PackOrigin } from './install';
import {
  disabledRules,
  installedPacks,
  MAX_ACTIVITY,
  packActivity,
  packSourceKey,
  packSwitches,
  severityOverrides,
  type PackSource,
} from './items';

export interface InstallOptions {
  /** File name or URL, for error positions. */
  file: string;
  origin: PackOrigin;
  url?: string;
  locked?: boolean;
  /** A subscription must keep serving the pack it was subscribed to. */
  expectId?: string;
  now?: number;
}

let queue: Promise<unknown> = Promise.resolve();

/** Run read-modify-write steps on the installed packs one at a time. */
function serialized<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

export function builtinIds(): Set<string> {
  return new Set(builtinReadyPacks().map((p) => p.id));
}

function formatOf(text: string): PackSource['format'] {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

async function logActivity(origin: PackOrigin, from: string, outcome: InstallOutcome, at: number): Promise<void> {
  const log = await packActivity.getValue();
  await packActivity.setValue([{ at, origin, from, outcome }, ...log].slice(0, MAX_ACTIVITY));
}

/**
 * Check a pack's text (schema, compile, every example) and install it, update it, or refuse it.
 * A refused pack changes nothing but the activity log.
 */
export async function installPackSource(source: string, opts: InstallOptions): Promise<InstallOutcome> {
  const now = opts.now ?? Date.now();
  // The checks (YAML, schema, every example: the engine) load when a pack is installed, so a
  // page that only switches packs and rules (the options page) never loads the engine.
  const { checkPack, planInstall } = await import('./install');
  const checked = checkPack(source, opts.file);
  return serialized(async () => {
    let outcome: InstallOutcome;
    if (!checked.ok) outcome = { status: 'refused', reason: checked.reason, errors: checked.errors };
    else if (opts.expectId && checked.pack.id !== opts.expectId) {
      outcome = { status: 'refused', id: opts.expectId, reason: `${opts.file} now serves ${checked.pack.id}, not ${opts.expectId}`, errors: [] };
    } else {
      const installed = await installedPacks.getValue();
      const plan = planInstall(installed, builtinIds(), checked.pack.pack, { origin: opts.origin, url: opts.url, locked: opts.locked, now });
      outcome = plan.outcome;
      if (plan.record && outcome.status !== 'refused') {
        const id = checked.pack.id;
        const writes: { key: `local:${string}`; value: unknown }[] = [
          { key: 'local:installedPacks', value: { ...installed, [id]: plan.record } },
        ];
        if (outcome.status !== 'unchanged') writes.push({ key: packSourceKey(id), value: { format: formatOf(source), text: source } satisfies PackSource });
        try {
          await storage.setItems(writes);
        } catch (e) {
          outcome = { status: 'refused', id, reason: `${id} could not be stored: ${(e as Error).message}`, errors: [] };
        }
      }
    }
    if (outcome.status !== 'unchanged') await logActivity(opts.origin, opts.file, outcome, now);
    return outcome;
  });
}

/** Subscribe to a pack URL: fetch it now and re-fetch it on the schedule. */
export async function subscribeToUrl(url: string, origin: 'url' | 'managed' = 'url', locked = false): Promise<InstallOutcome> {
  let text: string;
  try {
    text = await fetchPackText(url);
  } catch (e) {
    const outcome: InstallOutcome = { status: 'refused', reason: reasonOf(e), errors: [], ...(e instanceof PackFetchError && e.network ? { network: true } : {}) };
    await logActivity(origin, url, outcome, Date.now());
    return outcome;
  }
  try {
    return await installPackSource(text, { file: url, origin, url, locked });
  } catch (e) {
    return { status: 'refused', reason: `${url}: ${reasonOf(e)}`, errors: [] };
  }
}

/** The user-facing reason of any failure (a PackFetchError's message is already one). */
function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Re-fetch one subscription. A newer version that passes its checks replaces the installed one;
 * anything else leaves it as it was and notes why on the pack.
 */
export async function refreshSubscription(id: string, now = Date.now()): Promise<InstallOutcome> {
  const record = (await installedPacks.getValue())[id];
  if (!record?.url) return { status: 'refused', id, reason: `${id} is not a subscription`, errors: [] };
  let outcome: InstallOutcome;
  try {
    const text = await fetchPackText(record.url);
    outcome = await installPackSource(text, { file: record.url, origin: record.origin, url: record.url, locked: record.locked, expectId: id, now });
  } catch (e) {
    // Whatever went wrong is recorded on this subscription; it never reaches the others.
    outcome = { status: 'refused', id, reason: e instanceof PackFetchError ? e.message : `${record.url}: ${reasonOf(e)}`, errors: [] };
  }
  if (outcome.status === 'refused') {
    await serialized(async () => {
      const installed = await installedPacks.getValue();
      if (!installed[id]) return;
      await installedPacks.setValue({ ...installed, [id]: { ...installed[id], lastChecked: now, lastError: outcome.reason } });
    });
  }
  return outcome;
}

export async function refreshAllSubscriptions(): Promise<InstallOutcome[]> {
  const ids = Object.values(await installedPacks.getValue())
    .filter((r) => r.url)
    .map((r) => r.pack.id);
  const outcomes: InstallOutcome[] = [];
  for (const id of ids) {
    try {
      outcomes.push(await refreshSubscription(id));
    } catch (e) {
      // Even recording the failure failed (storage): note it here and go on with the others.
      outcomes.push({ status: 'refused', id, reason: reasonOf(e), errors: [] });
    }
  }
  return outcomes;
}

/** Remove an installed pack. The organisation's packs stay. */
export function removePack(id: string, opts: { byPolicy?: boolean } = {}): Promise<{ ok: boolean; error?: string }> {
  return serialized(async () => {
    const installed = await installedPacks.getValue();
    const record = installed[id];
    if (!record) return { ok: false, error: `${id} is not installed` };
    if (record.origin === 'managed' && !opts.byPolicy) return { ok: false, error: `${id} is managed by your organisation` };
    const { [id]: _removed, ...rest } = installed;
    await installedPacks.setValue(rest);
    await storage.removeItem(packSourceKey(id));
    return { ok: true };
  });
}

/** Keep a managed record in step with the policy (locked or not) without fetching it. */
export function setPackLock(id: string, locked: boolean): Promise<void> {
  return serialized(async () => {
    const installed = await installedPacks.getValue();
    if (!installed[id] || !!installed[id].locked === locked) return;
    await installedPacks.setValue({ ...installed, [id]: { ...installed[id], locked } });
  });
}

export async function setPackEnabled(id: string, on: boolean): Promise<{ ok: boolean; error?: string }> {
  const record = (await installedPacks.getValue())[id];
  if (record?.locked && !on) return { ok: false, error: `${id} is locked on by your organisation` };
  const switches = await packSwitches.getValue();
  await packSwitches.setValue({ ...switches, [id]: on });
  return { ok: true };
}

export async function setRuleEnabled(packId: string, ruleId: string, on: boolean): Promise<void> {
  const key = `${packId}/${ruleId}`;
  const current = await disabledRules.getValue();
  const next = on ? current.filter((k) => k !== key && k !== `${packId}:${ruleId}`) : current.includes(key) ? current : [...current, key];
  await disabledRules.setValue(next);
}

/** Override a rule's severity, or go back to the pack's own with `null`. */
export async function setRuleSeverity(packId: string, ruleId: string, severity: Severity | null): Promise<void> {
  if (severity !== null && !SEVERITIES.includes(severity)) throw new Error(`unknown severity ${severity}`);
  const key = `${packId}/${ruleId}`;
  const { [key]: _old, ...rest } = await severityOverrides.getValue();
  await severityOverrides.setValue(severity ? { ...rest, [key]: severity } : rest);
}

/** Any pack as YAML: the text it was installed from when that was YAML, else the pack as data. */
export async function exportPackYaml(id: string): Promise<string | null> {
  // Built-in sources and compiled built-ins come in the same order.
  const builtin = builtinReadyPacks().findIndex((p) => p.id === id);
  if (builtin >= 0) return Object.values(await builtinPackSources())[builtin];
  const record = (await installedPacks.getValue())[id];
  if (!record) return null;
  const source = await storage.getItem<PackSource>(packSourceKey(id));
  if (source?.format === 'yaml') return source.text;
  const { stringify } = await import('yaml');
  return stringify(record.pack, { lineWidth: 0 });
}
