/**
 * Putting a pack in ready form (lib/packs/ready.ts): everything a pack must pass, done once.
 * Parse, schema (zod), compile as untrusted (every regex through RE2, every pattern and template
 * checked), run every example; then the data and each regex's literal pre-check are kept.
 * Used at build for the built-in packs (scripts/build-packs.mjs: the build fails on any problem).
 */
import { runExamples } from './examples';
import { formatPackError, loadPack } from './load';
import { packPrefilters, type ReadyPack } from './ready';

export type PrepareResult = { ok: true; ready: ReadyPack; examples: number } | { ok: false; problems: string[] };

export function preparePack(source: string, file: string): PrepareResult {
  const loaded = loadPack(source, file);
  if (!loaded.ok) return { ok: false, problems: loaded.errors.map(formatPackError) };
  const report = runExamples(loaded.pack);
  if (report.failures.length) {
    return { ok: false, problems: report.failures.map((f) => `${file}: ${f.rule} ${f.kind}: "${f.example}" - ${f.problem}`) };
  }
  const { id, audience, pack } = loaded.pack;
  return { ok: true, ready: { file, id, audience, pack, prefilters: packPrefilters(pack) }, examples: report.passed };
}
