/** Running the engine in-process over a list of texts, with the built-in packs from rules/. */
import { existsSync, readdirSync } from 'node:fs';
import { analyze } from '../../lib/engine/analyze';
import type { CompiledPack } from '../../lib/packs/compile';
import type { AnalyzeResult } from '../../lib/engine/types';
import { RULES_DIR, loadBuiltinPacksFromDisk } from '../../lib/cli/builtins';

export interface PackInfo {
  packs: CompiledPack[];
  rules: number;
  note: string;
}

/** The built-in packs; a missing or broken rules/ leaves the engine with no pack (said in `note`). */
export const AUDIENCE = 'consensus';

export function builtinPacks(): PackInfo {
  if (!existsSync(RULES_DIR) || !readdirSync(RULES_DIR).some((f) => f.endsWith('.yaml'))) {
    return { packs: [], rules: 0, note: 'no rules/*.yaml yet: findings are empty, friction uses politeness features only' };
  }
  try {
    const packs = loadBuiltinPacksFromDisk(AUDIENCE);
    const rules = packs.reduce((n, p) => n + p.rules.length, 0);
    return { packs, rules, note: packs.map((p) => `${p.id}@${p.version} (${p.rules.length} rules)`).join(', ') };
  } catch (e) {
    const msg = (e as Error).message.split('\n').filter((l) => l.trim()).slice(0, 3).join(' | ');
    return { packs: [], rules: 0, note: `rules/ failed to load, running WITHOUT packs (${msg})` };
  }
}

export function runAll(texts: readonly string[], packs: readonly CompiledPack[]): AnalyzeResult[] {
  return texts.map((t) => analyze(t, { packs, audience: AUDIENCE }));
}
