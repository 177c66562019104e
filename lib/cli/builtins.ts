/** The built-in packs for the command line: the same rules/*.yaml the extension bundles, read from disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledPack, CompileOptions } from '../packs/compile';
import { formatPackError, loadPack } from '../packs/load';
import { UsageError } from './errors';

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

export function loadBuiltinPacksFromDisk(audience?: string, options: CompileOptions = {}): CompiledPack[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const path = join(RULES_DIR, f);
      const r = loadPack(readFileSync(path, 'utf8'), relative(process.cwd(), path), options);
      if (!r.ok) throw new UsageError(`built-in pack is invalid:\n${r.errors.map(formatPackError).join('\n')}`);
      return r.pack;
    })
    .filter((p) => !audience || p.audience === audience || p.audience === 'any');
}
