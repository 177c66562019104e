/**
 * Typed storage items for rule packs (local to this browser). The content script reads them
 * (lib/storage/packs.ts); the background and the options page write them (lib/storage/manage.ts).
 *
 * A rule's on/off switch and severity override are keyed by "packId/ruleId", apart from the pack
 * itself, so they survive the pack's updates. The on/off list is the one the card's "Turn off
 * this rule" writes (lib/storage/settings.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { AudienceRule } from '../audience/match';
import type { Severity } from '../engine/types';
import type { InstalledPack, InstallOutcome, PackOrigin } from './install';

export { audience, disabledRules } from './settings';

/** Installed packs by id (the validated pack as data; the original text is kept apart). */
export const installedPacks = storage.defineItem<Record<string, InstalledPack>>('local:installedPacks', { fallback: {} });

/** Pack on/off by pack id (built-in and installed). Packs are on unless switched off. */
export const packSwitches = storage.defineItem<Record<string, boolean>>('local:packSwitches', { fallback: {} });

/** Severity overrides by "packId/ruleId". */
export const severityOverrides = storage.defineItem<Record<string, Severity>>('local:severityOverrides', { fallback: {} });

export interface PackActivity {
  at: number;
  origin: PackOrigin;
  /** The file name or URL the pack came from. */
  from: string;
  outcome: InstallOutcome;
}

/** What happened to packs lately (installs, updates with what changed, refusals), newest first. */
export const packActivity = storage.defineItem<PackActivity[]>('local:packActivity', { fallback: [] });
export const MAX_ACTIVITY = 50;

export interface ManagedState {
  /** The pack URLs the organisation lists, with the result of their last fetch. */
  packs: { url: string; locked: boolean; id?: string; error?: string; at?: number }[];
  audience?: string;
  lockAudience: boolean;
  /** Recipient rules the organisation sets (they come before the user's own). */
  audienceRules?: AudienceRule[];
}

/** The organisation's policy as last applied (for the options page to show). */
export const managedState = storage.defineItem<ManagedState | null>('local:managedState', { fallback: null });

/** The text a pack was installed from (YAML or JSON), for export. One key per pack. */
export interface PackSource {
  format: 'yaml' | 'json';
  text: string;
}

export function packSourceKey(id: string): `local:packSource:${string}` {
  return `local:packSource:${id}`;
}
