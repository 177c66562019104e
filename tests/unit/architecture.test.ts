/**
 * The layers of the house (.dependency-cruiser.cjs, docs/architecture.md) hold: dependency-cruiser
 * walks every import of entrypoints/, components/ and lib/ and reports each one a rule forbids.
 */
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

async function cruiseTheHouse(): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const tsConfig = extractTSConfig('./tsconfig.json');
  const { output } = await cruise(['entrypoints', 'components', 'lib'], options, {}, { tsConfig });
  return output as ICruiseResult;
}

describe('architecture', () => {
  let result: ICruiseResult;
  // Walking ~300 modules takes 1-3 s on a quiet machine; a busy one (the suite runs files in
  // parallel) needs more than the default hook limit.
  beforeAll(async () => {
    result = await cruiseTheHouse();
  }, 120_000);

  it('walks the whole tree with every layer rule in force', () => {
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    expect((result.summary.ruleSetUsed?.forbidden ?? []).map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'lib-not-to-entrypoints-or-components',
        'components-not-to-entrypoints',
        'engine-knows-no-dom-or-storage',
        'adapters-and-painting-never-judge-tone',
        'extension-not-to-cli',
        'no-cycle-at-run-time',
      ]),
    );
  });

  it('has no import that breaks a layer', () => {
    const breaks = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(breaks).toEqual([]);
  });

  it('keeps every test under tests/ (unit, components, e2e), none beside the code', () => {
    const beside: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(test|spec|e2e)\.[cm]?[jt]sx?$/.test(entry.name)) beside.push(p);
      }
    };
    for (const root of ['entrypoints', 'components', 'lib', 'scripts']) walk(root);
    expect(beside).toEqual([]);
  });
});
