/**
 * No dead code: knip (knip.json) finds no unused file, export, type or dependency, and no package
 * used but undeclared. Its findings are fixed, never ignored here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('knip finds nothing unused or undeclared', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/knip/bin/knip.js', '--reporter', 'json', '--no-progress'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string }) => {
    // knip exits 1 when it finds something; its report is still on stdout.
    if (e.stdout) return { stdout: e.stdout };
    throw new Error(`knip did not run: ${e.stderr ?? e}`);
  });
  const report = JSON.parse(stdout) as { issues: Record<string, unknown>[] };
  const found = report.issues.flatMap((file) =>
    Object.entries(file)
      .filter(([key, v]) => key !== 'file' && key !== 'owners' && (Array.isArray(v) ? v.length : v && typeof v === 'object' && Object.keys(v).length))
      .map(([key, v]) => `${file.file}: ${key} ${JSON.stringify(v)}`),
  );
  expect(found).toEqual([]);
}, 120_000);
