/**
 * Whether a pack may be installed, and what installing it changes: pure functions, no storage.
 *
 * A pack is untrusted input. Before it is installed its schema is checked (loadPack: size before
 * parsing, positions in every error) and every example of every rule is run; a pack that fails
 * either is refused with the list of problems, and a refused pack changes nothing. A subscription
 * only moves to a newer semver, and the user sees what changed (rules added, removed, changed).
 * What is stored is the pack in ready form (its data and each regex's literal pre-check), so it
 * is never validated again at each start.
 */
import { canonicalJson, comparePacks, type PackDiff } from '../packs/diff';
import type { CompiledPack } from '../packs/compile';
import { runExamples } from '../packs/examples';
import { formatPackError, loadPack } from '../packs/load';
import { packPrefilters, PACK_FORMAT, type Prefilters } from '../packs/ready';
import type { Pack } from '../packs/schema';

export type { PackDiff };

/** Where an installed pack came from. `url` and `managed` packs are re-fetched on a schedule. */
export type PackOrigin = 'file' | 'paste' | 'url' | 'editor' | 'managed';

export interface InstalledPack {
  /** The validated pack, as data (compiled again where it is used). */
  pack: Pack;
  origin: PackOrigin;
  /** The subscription URL (origin `url` or `managed`). */
  url?: string;
  /** Put there by the organisation's policy and locked on: cannot be switched off or removed. */
  locked?: boolean;
  installedAt: number;
  updatedAt: number;
  /** The last scheduled or on-demand re-fetch of a subscription. */
  lastChecked?: number;
  /** Why the last re-fetch did not update the pack (network error, refused new version). */
  lastError?: string;
  /** What the last update changed. */
  lastChange?: PackChange;
  /**
   * The pack's ready form, made when it was installed: each regex's literal pre-check, and the
   * format (PACK_FORMAT) it was made in. Missing or in another format (the engine changed since),
   * the pack is checked again in full before it is used (lib/storage/packs.ts).
   */
  ready?: StoredReady;
}

export interface StoredReady {
  format: string;
  prefilters: Prefilters;
}

/** A checked pack's ready form, to store with it. */
export function readyFormOf(pack: Pack): StoredReady {
  return { format: PACK_FORMAT, prefilters: packPrefilters(pack) };
}

export interface PackChange {
  from: string;
  to: string;
  at: number;
  diff: PackDiff;
}

export type CheckResult = { ok: true; pack: CompiledPack; examples: number } | { ok: false; reason: string; errors: string[] };

/** Schema, compile and examples: everything a pack must pass before it is installed. */
export function checkPack(source: string, file: string): CheckResult {
  // A pack that crashes its own checks is refused like any other bad pack: nothing it does may
  // escape as an exception (it would stop the refresh of every later subscription).
  try {
    return checkPackUnsafe(source, file);
  } catch (e) {
    return { ok: false, reason: `${file}: its checks failed with an error`, errors: [String((e as Error)?.message ?? e)] };
  }
}

function checkPackUnsafe(source: string, file: string): CheckResult {
  const loaded = loadPack(source, file);
  if (!loaded.ok) {
    return { ok: false, reason: `${file} is not a valid pack`, errors: loaded.errors.map(formatPackError) };
  }
  const report = runExamples(loaded.pack);
  if (report.failures.length) {
    const n = report.failures.length;
    return {
      ok: false,
      reason: `${loaded.pack.id} ${loaded.pack.version}: ${n} example${n === 1 ? '' : 's'} failed`,
      errors: report.failures.map((f) => `${f.rule} ${f.kind}: "${f.example}" - ${f.problem}`),
    };
  }
  return { ok: true, pack: loaded.pack, examples: report.passed };
}

export type InstallOutcome =
  | { status: 'installed'; id: string; version: string; rules: number }
  | { status: 'updated'; id: string; from: string; to: string; diff: PackDiff }
  | { status: 'unchanged'; id: string; version: string }
  | {
      status: 'refused';
      id?: string;
      reason: string;
      errors: string[];
      /** The request got no answer: offline, or a server without CORS (host permission helps). */
      network?: boolean;
    };

export interface InstallRequest {
  origin: PackOrigin;
  url?: string;
  locked?: boolean;
  now: number;
}

export interface InstallPlan {
  outcome: InstallOutcome;
  /** The record to store, when the outcome is installed or updated. */
  record?: InstalledPack;
}

/**
 * What installing `candidate` (already checked) does, given what is installed.
 *
 * - A built-in pack's id cannot be taken.
 * - A pack the organisation manages is only replaced by the organisation's copy.
 * - A pack already installed is replaced only by a newer version; the same version is a no-op,
 *   an older one (or the same version with other content) is refused. The organisation's copy is
 *   the exception: it replaces a user's copy of the same id whatever the versions.
 * - The editor saves the user's own packs: it may replace any version of a pack it made.
 */
export function planInstall(
  installed: Readonly<Record<string, InstalledPack>>,
  builtinIds: ReadonlySet<string>,
  candidate: Pack,
  req: InstallRequest,
): InstallPlan {
  const { id, version } = candidate;
  const refuse = (reason: string): InstallPlan => ({ outcome: { status: 'refused', id, reason, errors: [] } });
  if (builtinIds.has(id)) return refuse(`${id} is the id of a built-in pack: give your pack its own scope (e.g. acme/${id.split('/')[1]})`);

  const current = installed[id];
  const record: InstalledPack = {
    pack: candidate,
    origin: req.origin,
    ...(req.url ? { url: req.url } : {}),
    ...(req.locked ? { locked: true } : {}),
    installedAt: current?.installedAt ?? req.now,
    updatedAt: req.now,
    ...(req.url ? { lastChecked: req.now } : {}),
    ready: readyFormOf(candidate),
  };
  if (!current) {
    return { outcome: { status: 'installed', id, version, rules: candidate.rules.length }, record };
  }
  if (current.origin === 'managed' && req.origin !== 'managed') {
    return refuse(`${id} is managed by your organisation and can only be updated by its policy`);
  }
  const order = compareSemver(version, current.pack.version);
  const same = order === 0 && canonicalJson(current.pack) === canonicalJson(candidate);
  const orgTakesOver = req.origin === 'managed' && current.origin !== 'managed';
  const editorResave = req.origin === 'editor' && current.origin === 'editor';
  if (same && !orgTakesOver) {
    // Same content: keep the record, but a subscription remembers that it looked.
    return {
      outcome: { status: 'unchanged', id, version },
      record: {
        ...current,
        ...(req.url ? { lastChecked: req.now, lastError: undefined } : {}),
        ...(current.ready?.format === PACK_FORMAT ? {} : { ready: record.ready }),
      },
    };
  }
  if (order <= 0 && !orgTakesOver && !editorResave) {
    return refuse(
      order === 0
        ? `${id} ${version} is already installed with different content: a changed pack needs a new version`
        : `${id} ${current.pack.version} is installed; ${version} is older`,
    );
  }
  const change: PackChange = { from: current.pack.version, to: version, at: req.now, diff: comparePacks(current.pack, candidate) };
  return {
    outcome: { status: 'updated', id, from: change.from, to: change.to, diff: change.diff },
    record: { ...record, lastChange: change },
  };
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semantic-version precedence: -1, 0 or 1 (build metadata ignored, pre-releases sort first). */
export function compareSemver(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new Error(`not a semantic version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d) return Math.sign(d);
  }
  const [ra, rb] = [pa[4], pb[4]];
  if (ra === rb) return 0;
  if (ra === undefined) return 1;
  if (rb === undefined) return -1;
  const xa = ra.split('.');
  const xb = rb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    if (xa[i] === undefined) return -1;
    if (xb[i] === undefined) return 1;
    if (xa[i] === xb[i]) continue;
    const na = /^\d+$/.test(xa[i]);
    const nb = /^\d+$/.test(xb[i]);
    if (na && nb) return Math.sign(Number(xa[i]) - Number(xb[i]));
    if (na !== nb) return na ? -1 : 1;
    return xa[i] < xb[i] ? -1 : 1;
  }
  return 0;
}

/** "2 added (a, b), 1 removed (c), 1 changed (d)" — or "no rule changed". */
export function describeDiff(diff: PackDiff): string {
  const parts = [
    diff.added.length ? `${diff.added.length} added (${diff.added.join(', ')})` : '',
    diff.removed.length ? `${diff.removed.length} removed (${diff.removed.join(', ')})` : '',
    diff.changed.length ? `${diff.changed.length} changed (${diff.changed.map((c) => c.id).join(', ')})` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no rule changed';
}
