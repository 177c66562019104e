/** Readers come from the packs: the `reader:` block, its default, and the built-in readers' table. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_READERS, builtinReadersFrom, defaultReaderLabel, localizeText, readerOf, readersOf } from '../../lib/i18n/readers';
import { formatPackError, loadPack } from '../../lib/packs/load';
import { Pack } from '../../lib/packs/schema';

const TABLE = 'lib/i18n/builtin-readers.json';
const builtinPacks = readdirSync('rules')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  // core first: the consensus reader is the default and leads every list.
  .sort((a, b) => Number(b === 'core.yaml') - Number(a === 'core.yaml'))
  .map((f) => Pack.parse(parse(readFileSync(`rules/${f}`, 'utf8'))));

const mini = readFileSync('tests/fixtures/packs/mini.yaml', 'utf8');
const withReader = (block: string) => mini.replace(/^audience: .*$/m, `audience: finance-review\n${block}`);

describe('the reader a pack declares', () => {
  it('built-in readers table matches rules/*.yaml (UPDATE_READERS=1 rewrites it)', () => {
    const fromPacks = builtinReadersFrom(builtinPacks);
    if (process.env.UPDATE_READERS) writeFileSync(TABLE, JSON.stringify(fromPacks, null, 2) + '\n');
    expect(JSON.parse(readFileSync(TABLE, 'utf8'))).toEqual(fromPacks);
  });

  it('every built-in pack names its reader in English and Japanese', () => {
    for (const pack of builtinPacks) {
      const r = readerOf(pack);
      for (const text of [r.label, r.short, r.description]) {
        expect(typeof text === 'object' && text.en && text.ja, `${pack.id}: ${JSON.stringify(text)}`).toBeTruthy();
      }
    }
    expect(BUILTIN_READERS.map((r) => r.id)).toEqual(['consensus', 'results-first']);
    expect(localizeText(BUILTIN_READERS[0].label, 'ja')).toBe('合意重視（例：日本のチーム）');
    expect(localizeText(BUILTIN_READERS[1].short!, 'en')).toBe('Results-first');
  });

  it('is optional: an old pack stays valid and its reader is named after the audience id', () => {
    const r = loadPack(mini.replace(/^audience: .*$/m, 'audience: finance-review'), 'team.yaml');
    expect(r.ok ? [] : r.errors.map(formatPackError)).toEqual([]);
    expect(r.ok && readerOf(r.pack.pack)).toEqual({ id: 'finance-review', label: 'Finance review' });
    expect(defaultReaderLabel('legal')).toBe('Legal');
  });

  it('takes a label per language, and refuses unknown fields in the block with file:line', () => {
    const good = loadPack(withReader('reader:\n  label: { en: "Finance review board", ja: "財務審査" }\n  description: "Numbers first."'), 'team.yaml');
    expect(good.ok && readerOf(good.pack.pack)).toEqual({
      id: 'finance-review',
      label: { en: 'Finance review board', ja: '財務審査' },
      description: 'Numbers first.',
    });
    const bad = withReader('reader:\n  lable: "Finance"');
    const line = bad.split('\n').findIndex((l) => l.includes('lable:')) + 1;
    const r = loadPack(bad, 'team.yaml');
    expect(r.ok ? [] : r.errors.map(formatPackError)).toContain(`team.yaml:${line}:3 reader.lable: unknown field "lable"`);
  });
});

describe('readersOf', () => {
  it('lists the built-in readers first, then one per new audience, skipping "any"', () => {
    const list = readersOf([
      { audience: 'any' },
      { audience: 'finance-review', reader: { label: 'Finance review board' } },
      { audience: 'consensus', reader: { label: 'Somebody else' } },
      { audience: 'legal' },
      { audience: 'legal', reader: { label: 'Legal team' } },
    ]);
    expect(list.map((r) => [r.id, localizeText(r.label, 'en')])).toEqual([
      ['consensus', 'Consensus-oriented (e.g. a Japanese team)'],
      ['results-first', 'Results-first (direct, to the point)'],
      ['finance-review', 'Finance review board'],
      ['legal', 'Legal team'],
    ]);
  });
});
