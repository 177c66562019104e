/** Issue 10, hole 7: a bug inside the engine is one clear line and exit code 3, never a stack trace or exit 1. */
import { Readable } from 'node:stream';
import { expect, it, vi } from 'vitest';

vi.mock('../../lib/engine/analyze', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/engine/analyze')>()),
  analyze: () => {
    throw new TypeError('piece.replace is not a function');
  },
}));

it('an internal error exits 3 with one line', async () => {
  const { main } = await import('../../lib/cli/main');
  const err: string[] = [];
  const code = await main(['check', '-', '--no-builtin', '--pack', 'tests/fixtures/packs/mini.yaml'], { out: () => {}, err: (s) => err.push(s), color: false }, Readable.from(['You need to go.']));
  expect(code).toBe(3);
  expect(err).toEqual(['nemawashi: internal error: piece.replace is not a function']);
});
