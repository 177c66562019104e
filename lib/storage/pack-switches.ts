/** Whether a pack is on: a pack the organisation locked always is; others unless switched off. No engine here (the options page lists packs without it). */
import type { InstalledPack } from './install';

export function isPackOn(id: string, switches: Readonly<Record<string, boolean>>, record?: InstalledPack): boolean {
  return !!record?.locked || switches[id] !== false;
}
