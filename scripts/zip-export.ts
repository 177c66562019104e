/**
 * A commit's files in a temporary folder, with this checkout's node_modules linked in: what
 * `npm run zip -- --commit REV` packages and `npm run screenshots -- --commit REV` photographs,
 * so that neither depends on uncommitted work in the tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function git(checkout: string, args: string[]): string {
  return execFileSync('git', args, { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Exports `rev` (removed again when the process exits). */
export function exportCommit(checkout: string, rev: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nemawashi-release-'));
  const tar = path.join(dir, '.export.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', tar, git(checkout, ['rev-parse', '--verify', `${rev}^{commit}`])], { cwd: checkout });
  execFileSync('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar);
  symlinkSync(path.join(checkout, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  process.on('exit', () => removeExport(dir));
  return dir;
}

export function removeExport(dir: string): void {
  // The link first, on its own: the checkout's node_modules must never be what gets removed.
  try {
    unlinkSync(path.join(dir, 'node_modules'));
  } catch {
    // not linked (yet), or already removed
  }
  rmSync(dir, { recursive: true, force: true });
}
