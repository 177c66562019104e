/** Rules added, removed and changed between two versions of a pack (the CLI's `pack diff`, pack updates in storage). */
import type { Pack, Rule } from './schema';

export interface PackDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

/**
 * JSON with object keys sorted: the same data gives the same text whatever order its keys came
 * in (browser storage hands objects back with their keys sorted).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

export function comparePacks(a: Pack, b: Pack): PackDiff {
  const before = new Map(a.rules.map((r) => [r.id, r]));
  const after = new Map(b.rules.map((r) => [r.id, r]));
  const changed: PackDiff['changed'] = [];
  for (const [id, r] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = (Object.keys({ ...old, ...r }) as (keyof Rule)[]).filter(
      (k) => canonicalJson(old[k]) !== canonicalJson(r[k]),
    );
    if (fields.length) changed.push({ id, fields });
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed,
  };
}

export function diffPacks(a: Pack, b: Pack): string[] {
  const d = comparePacks(a, b);
  return [
    `${a.id} ${a.version} -> ${b.id} ${b.version}`,
    ...d.added.map((id) => `+ ${id}`),
    ...d.removed.map((id) => `- ${id}`),
    ...d.changed.map((c) => `~ ${c.id} (${c.fields.join(', ')})`),
    `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`,
  ];
}
