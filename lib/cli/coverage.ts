/** `pack test --coverage CORPUS`: which rules never fire on a corpus (one sentence or draft per line). */
import { analyze } from '../engine/analyze';
import type { CompiledPack } from '../packs/compile';

export function coverage(pack: CompiledPack, corpus: string): { fired: string[]; silent: string[]; sentences: number } {
  const fired = new Set<string>();
  const lines = corpus.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines) for (const f of analyze(line, { packs: [pack] }).findings) fired.add(f.rule);
  const ids = pack.rules.map((r) => r.id);
  return { fired: ids.filter((id) => fired.has(id)), silent: ids.filter((id) => !fired.has(id)), sentences: lines.length };
}
