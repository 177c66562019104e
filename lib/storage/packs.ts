/**
 * The packs the checker runs: built-in packs plus installed ones, minus those switched off, with
 * the user's per-rule switches and severity overrides. The content script calls
 * `loadActivePacks()` once and `watchActivePacks()` to follow changes made in the options page
 * or by a subscription update.
 */
import type { Severity } from '../engine/types';
import { compilePack, type CompiledPack } from '../packs/compile';
import { loadBuiltinPacks } from '../packs/builtin';
import type { InstalledPack } from './install';
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

/** Compile an installed pack once per stored version (it was checked when it was installed). */
function compileInstalled(record: InstalledPack): CompiledPack | null {
  const stamp = `${record.pack.version}#${record.updatedAt}`;
  const hit = compiled.get(record.pack.id);
  if (hit?.stamp === stamp) return hit.pack;
  let pack: CompiledPack | null = null;
  try {
    // Checked when it was installed; still watched (a rule that turns out slow is switched off).
    pack = watchPack(compilePack(record.pack, { trusted: true }));
    startWatchdog();
  } catch (e) {
    // Only possible if the engine changed under a stored pack; the other packs keep working.
    console.warn(`nemawashi: pack ${record.pack.id} no longer compiles`, e);
  }
  compiled.set(record.pack.id, { stamp, pack });
  return pack;
}

export function isPackOn(id: string, switches: Readonly<Record<string, boolean>>, record?: InstalledPack): boolean {
  return !!record?.locked || switches[id] !== false;
}

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
