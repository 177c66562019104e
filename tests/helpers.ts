import { readFileSync } from 'node:fs';
import type { CompiledPack } from '../lib/packs/compile';
import { formatPackError, loadPack } from '../lib/packs/load';
import { packPrefilters, type ReadyPack } from '../lib/packs/ready';

/** Load a pack file from the repo, failing loudly with its errors. */
export function packFromFile(path: string): CompiledPack {
  const r = loadPack(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.map(formatPackError).join('\n'));
  return r.pack;
}

/** A one-rule pack around a matcher, for detector and matcher tests. */
export function packWith(rule: Record<string, unknown>, id = 'test/one'): CompiledPack {
  const src = JSON.stringify({
    id,
    version: '1.0.0',
    name: 'one',
    description: 'test',
    language: 'en',
    audience: 'consensus',
    license: 'MIT',
    rules: [
      {
        id: 'r',
        category: 'imposition',
        severity: 'warning',
        message: 'm',
        why: 'w',
        examples: { flag: ['x'], pass: ['y'] },
        ...rule,
      },
    ],
  });
  const r = loadPack(src, 'inline.json');
  if (!r.ok) throw new Error(r.errors.map(formatPackError).join('\n'));
  return r.pack;
}

/** A pack file in ready form, as the build ships the built-in packs (for mocks of lib/packs/builtin-data). */
export function readyFromFile(path: string): ReadyPack {
  const { pack } = packFromFile(path);
  return { file: path, id: pack.id, audience: pack.audience, pack, prefilters: packPrefilters(pack) };
}
