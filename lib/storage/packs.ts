/**
 * The packs the checker runs: built-in packs plus installed ones, minus those switched off, with
 * the user's per-rule switches and severity overrides. The content script calls
 * `loadActivePacks()` once and `watchActivePacks()` to follow changes made in the options page
 * or by a subscription update.
 */
import type { Severity } from '../engine/types';
import { compilePack, type CompiledPack } from '../packs/compile';
import { loadBuiltinPacks } from '../packs/builtin';
import { compileReadyPack, PACK_FORMAT } from '../packs/ready';
import { readyFormOf, type InstalledPack } from './install';
import { isPackOn } from './pack-switches';
import { disabledRules, installedPacks, packSwitches, severityOverrides } from './items';
import { watchPack } from '../engine/watchdog';
import { startWatchdog } from './watchdog';

export interface ActivePacks {
  packs: CompiledPack[];
  /** "packId/ruleId" of rules switched off. */
  disabledRules: Set<string>;
  /** Severity by "packId/ruleId". */
  severityOverrides: Record<string, Severity>;
}

const compiled = new Map<string, { stamp: string; pack: CompiledPack | null }>();

/** Is this record's ready form one this engine reads? */
const isReady = (record: InstalledPack): record is InstalledPack & { ready: NonNullable<InstalledPack['ready']> } => record.ready?.format === PACK_FORMAT;

/**
 * Compile an installed pack once per stored version. In ready form (made when it was installed,
 * by this engine) it is compiled as trusted: no validation, each regex compiled when a sentence
 * holds its literals. Stored by an older engine (or before packs had a ready form), it is checked
 * in full first (every regex through RE2 now). Either way it is watched: a rule that turns out
 * slow is switched off.
 */
function compileInstalled(record: InstalledPack): CompiledPack | null {
  const stamp = `${record.pack.version}#${record.updatedAt}#${record.ready?.format ?? ''}`;
  const hit = compiled.get(record.pack.id);
  if (hit?.stamp === stamp) return hit.pack;
  let pack: CompiledPack | null = null;
  try {
    pack = watchPack(isReady(record) ? compileReadyPack({ pack: record.pack, prefilters: record.ready.prefilters }) : compilePack(record.pack));
    startWatchdog();
  } catch (e) {
    // Only possible if the engine changed under a stored pack; the other packs keep working.
    console.warn(`nemawashi: pack ${record.pack.id} no longer compiles`, e);
  }
  compiled.set(record.pack.id, { stamp, pack });
  return pack;
}

export { isPackOn };

export function activePacksFrom(
  builtin: readonly CompiledPack[],
  installed: Readonly<Record<string, InstalledPack>>,
  switches: Readonly<Record<string, boolean>>,
  disabled: readonly string[],
  overrides: Readonly<Record<string, Severity>>,
): ActivePacks {
  const records = Object.values(installed).sort((a, b) => a.installedAt - b.installedAt);
  const packs = [
    ...builtin.filter((p) => isPackOn(p.id, switches)),
    ...records.filter((r) => isPackOn(r.pack.id, switches, r)).map(compileInstalled),
  ].filter((p): p is CompiledPack => p !== null);
  return { packs, disabledRules: new Set(disabled), severityOverrides: { ...overrides } };
}

export async function loadActivePacks(): Promise<ActivePacks> {
  const [installed, switches, disabled, overrides] = await Promise.all([
    installedPacks.getValue(),
    packSwitches.getValue(),
    disabledRules.getValue(),
    severityOverrides.getValue(),
  ]);
  return activePacksFrom(loadBuiltinPacks(), installed, switches, disabled, overrides);
}

/** Call `cb` with the active packs whenever any of their inputs changes. Returns an unwatch. */
export function watchActivePacks(cb: (active: ActivePacks) => void): () => void {
  let latest = 0;
  const reload = () => {
    const mine = ++latest;
    void loadActivePacks().then((active) => {
      if (mine === latest) cb(active);
    });
  };
  const unwatch = [installedPacks, packSwitches, disabledRules, severityOverrides].map((item) => item.watch(reload));
  return () => unwatch.forEach((u) => u());
}

/**
 * Put every installed pack stored in another format (by an older engine) in this engine's ready
 * form, checking it in full as at install, and store it: call once after the extension is updated.
 * A pack this engine refuses is left as it is (it stays off, with a warning, until updated).
 * Records changed meanwhile (an install in another page) are left for the next call.
 * Returns the ids prepared.
 */
export async function prepareInstalledPacks(): Promise<string[]> {
  const before = await installedPacks.getValue();
  const fresh: Record<string, InstalledPack> = {};
  for (const [id, record] of Object.entries(before)) {
    if (isReady(record)) continue;
    try {
      compilePack(record.pack);
    } catch {
      continue;
    }
    fresh[id] = { ...record, ready: readyFormOf(record.pack) };
  }
  if (Object.keys(fresh).length === 0) return [];
  const now = await installedPacks.getValue();
  const prepared = Object.keys(fresh).filter((id) => now[id] && now[id].updatedAt === before[id].updatedAt && !isReady(now[id]));
  if (prepared.length === 0) return [];
  await installedPacks.setValue({ ...now, ...Object.fromEntries(prepared.map((id) => [id, fresh[id]])) });
  return prepared;
}
