/**
 * Organisation deployment. An administrator lists pack URLs (each optionally locked on) and may
 * set, and lock, the audience, through managed storage: Chrome reads it from policy
 * (public/managed_schema.json describes it), Firefox from policies.json ("3rdparty"). The
 * background applies it at start-up, when it changes, and on every scheduled refresh.
 *
 * Test hook: in an E2E build (`wxt build --mode e2e`) a policy written to
 * `local:e2e:managedPolicy` takes the place of managed storage, because a test profile cannot
 * set Chromium's managed storage. Release builds do not contain this code.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { isValidPattern, normalizePattern } from '../audience/match';
import { checkPackUrl } from './fetch';
import type { InstalledPack, InstallOutcome } from './install';
import { audience, installedPacks, managedState, type ManagedState } from './items';
import { removePack, setPackLock, subscribeToUrl } from './manage';

export const DEFAULT_REFRESH_MINUTES = 360;
export const E2E_POLICY_KEY = 'local:e2e:managedPolicy';

const PolicyPack = z.union([
  z.string().transform((url) => ({ url, locked: false })),
  z.object({ url: z.string(), locked: z.boolean().optional().default(false) }),
]);

/** What managed_schema.json allows; unknown keys are ignored, as Chrome does. */
export const ManagedPolicy = z.object({
  packs: z.array(PolicyPack).max(50).optional().default([]),
  audience: z.string().regex(/^[a-z][a-z-]*$/).optional(),
  lockAudience: z.boolean().optional().default(false),
  /** "*.co.jp -> consensus" for everyone (see lib/audience); rules that are not valid are dropped. */
  audienceRules: z
    .array(z.object({ pattern: z.string().max(254), audience: z.string().regex(/^[a-z][a-z-]*$/) }))
    .max(200)
    .optional()
    .default([]),
  refreshMinutes: z.number().int().min(15).max(10_080).optional(),
});
export type ManagedPolicy = z.output<typeof ManagedPolicy>;

/** The policy in force, or null when there is none (or it is not valid). */
export async function readManagedPolicy(): Promise<ManagedPolicy | null> {
  let raw: unknown = null;
  // The E2E build reads the policy from its hook only (managed storage can't be set in a test profile).
  if (import.meta.env.MODE === 'e2e') raw = await storage.getItem(E2E_POLICY_KEY);
  else {
    try {
      // Bounded: a managed store that never answers must not stall every later policy sync.
      raw = await Promise.race([
        browser.storage.managed.get(null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
      ]);
    } catch {
      // Firefox rejects when no policy exists for the extension.
      return null;
    }
  }
  if (!raw || (typeof raw === 'object' && Object.keys(raw).length === 0)) return null;
  const parsed = ManagedPolicy.safeParse(raw);
  if (!parsed.success) {
    console.warn('nemawashi: managed policy ignored', parsed.error.issues);
    return null;
  }
  return parsed.data;
}

/**
 * Bring the installed packs in line with the policy: install the packs it lists that are not
 * installed yet (a fetch that fails is retried on the next refresh), lock or unlock them as it
 * says, remove managed packs it no longer lists, and set the audience.
 */
export async function applyManagedPolicy(policy: ManagedPolicy | null): Promise<ManagedState | null> {
  const listed = policy?.packs ?? [];
  const installed = Object.values(await installedPacks.getValue());
  for (const record of installed) {
    if (record.origin === 'managed' && !listed.some((p) => p.url === record.url)) await removePack(record.pack.id, { byPolicy: true });
  }
  if (!policy) {
    await managedState.setValue(null);
    return null;
  }
  const before = await managedState.getValue();
  const previous = before?.packs ?? [];
  const audienceRules = policy.audienceRules
    .filter((r) => isValidPattern(r.pattern))
    .map((r) => ({ pattern: normalizePattern(r.pattern), audience: r.audience }));
  const state: ManagedState = {
    packs: [],
    audience: policy.audience,
    lockAudience: policy.lockAudience,
    ...(audienceRules.length ? { audienceRules } : {}),
  };
  // The audience first: a lock holds even while the packs below are still being fetched.
  // A locked audience is enforced; an unlocked one is a default, set once, then the user's.
  if (policy.audience && (policy.lockAudience || before?.audience !== policy.audience)) {
    await audience.setValue(policy.audience);
  }
  await managedState.setValue({ ...state, packs: previous.filter((p) => listed.some((l) => l.url === p.url)) });
  for (const { url, locked } of listed) {
    // One pack's failure is recorded on it and never stops the others (or the policy).
    try {
      await applyPolicyPack(url, locked, installed, previous, state);
    } catch (e) {
      state.packs.push({ url, locked, error: e instanceof Error ? e.message : String(e) });
    }
  }
  await managedState.setValue(state);
  return state;
}

async function applyPolicyPack(
  url: string,
  locked: boolean,
  installed: InstalledPack[],
  previous: ManagedState['packs'],
  state: ManagedState,
): Promise<void> {
  const record = installed.find((r) => r.origin === 'managed' && r.url === url);
  const checked = checkPackUrl(url);
  if (!checked.ok) {
    state.packs.push({ url, locked, error: checked.error });
    return;
  }
  if (record) {
    await setPackLock(record.pack.id, locked);
    const last = previous.find((p) => p.url === url);
    state.packs.push({ url, locked, id: record.pack.id, at: last?.at ?? record.updatedAt });
    return;
  }
  const outcome: InstallOutcome = await subscribeToUrl(url, 'managed', locked);
  state.packs.push({
    url,
    locked,
    at: Date.now(),
    ...(outcome.status === 'refused' ? { id: outcome.id, error: outcome.reason } : { id: outcome.id }),
  });
}
