import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { applySuggestion } from '../../lib/engine/apply';
import { packFromFile, packWith } from '../helpers';

const mini = packFromFile('tests/fixtures/packs/mini.yaml');
const run = (t: string) => analyze(t, { packs: [mini] });

describe('analyze', () => {
  it('finds, explains and suggests, with spans that are slices of the text', () => {
    const t = 'Hi team,\r\nYou need to send the report by Friday.';
    const { findings, friction } = run(t);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'you-need-to', pack: 'test/mini', category: 'imposition', severity: 'warning' });
    expect(t.slice(f.start, f.end)).toBe(f.text);
    expect(applySuggestion(t, f, f.suggestions[0])).toBe('Hi team,\r\nCould you send the report by Friday?');
    expect(friction).toBeGreaterThan(0);
  });

  it('keeps UTF-16 offsets right after emoji and CJK text', () => {
    const t = '🎉🎉 了解です。 You need to fix 🐛 now.';
    const [f] = run(t).findings;
    expect(f.text).toBe('You need to fix 🐛 now.');
    expect(f.start).toBe(t.indexOf('You'));
    expect(f.suggestions).toEqual(['Could you fix 🐛 now?']);
  });

  it('does not flag quoted reply text, quotations, code or signatures', () => {
    const t = [
      'Sounds good, thank you!',
      'The banner literally says "you need to restart" and `DO NOT TOUCH` is a flag name.',
      '',
      'On Tue, 4 Jun 2024 at 09:00, Ken <ken@example.jp> wrote:',
      '> You need to send the report by Friday.',
      '> DO NOT TOUCH the server.',
    ].join('\n');
    expect(run(t).findings).toEqual([]);
  });

  it('reports nothing and friction 0 for an empty or neutral draft', () => {
    expect(run('')).toEqual({ findings: [], friction: 0, clarity: 100, tips: [] });
    expect(run('   \n\n ')).toEqual({ findings: [], friction: 0, clarity: 100, tips: [] });
    expect(run('Thanks for the update, the numbers look good.').friction).toBe(0);
  });

  it('skips packs for another audience, and rules the user turned off', () => {
    expect(analyze('You need to go.', { packs: [mini], audience: 'results-first' }).findings).toEqual([]);
    expect(analyze('You need to go.', { packs: [mini], audience: 'consensus' }).findings).toHaveLength(1);
    expect(analyze('You need to go.', { packs: [mini], disabledRules: new Set(['test/mini/you-need-to']) }).findings).toEqual([]);
  });

  it('applies severity overrides', () => {
    const [f] = analyze('You need to go.', { packs: [mini], severityOverrides: { 'test/mini/you-need-to': 'info' } }).findings;
    expect(f.severity).toBe('info');
  });

  it('gives the same findings after an edit as a fresh check (cache is by sentence text)', () => {
    const before = 'We met today. You need to send the deck. Thanks all.';
    const after = before.replace('deck', 'slides');
    run(before);
    const incremental = run(after);
    const other = packWith({ match: { pattern: 'you (need|have) to [<action>#Verb]' }, suggest: ['Could you {{action}}{{rest}}?'] });
    const fresh = analyze(after, { packs: [other] });
    expect(incremental.findings.map((f) => [f.start, f.end, f.suggestions])).toEqual(
      fresh.findings.map((f) => [f.start, f.end, f.suggestions]),
    );
    expect(incremental.findings[0].text).toBe('You need to send the slides.');
  });

  it('keeps a suggestion built from the original text even where masking blanked part of it', () => {
    const t = 'You need to read https://wiki.example.com/x today.';
    const [f] = run(t).findings;
    expect(f.suggestions[0]).toBe('Could you read https://wiki.example.com/x today?');
  });

  it('runs pack regexes on RE2: a catastrophic pattern on a hostile input still returns', () => {
    const evil = packWith({ match: { regex: '^(a+)+$' } });
    // 900 a's and a "!" per sentence: 2^900 paths for a backtracking engine, linear for RE2.
    const t = ('a'.repeat(900) + '! ').repeat(50);
    expect(analyze(t, { packs: [evil] }).findings).toEqual([]);
    expect(analyze('aaaa', { packs: [evil] }).findings).toHaveLength(1);
  });

  it('refuses a regex that matches empty text', () => {
    expect(() => packWith({ match: { regex: 'x*' } })).toThrow(/matches empty text/);
  });
});

describe('trusted packs compile their regexes lazily', () => {
  it('give the same findings as an eagerly compiled pack, and warm up in steps', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadPack } = await import('../../lib/packs/load');
    const { warmPack } = await import('../../lib/packs/compile');
    const src = readFileSync('rules/core.yaml', 'utf8');
    const eager = loadPack(src, 'core.yaml');
    const lazy = loadPack(src, 'core.yaml', { trusted: true });
    if (!eager.ok || !lazy.ok) throw new Error('core pack must load');
    const text = readFileSync('examples/email-tokyo-team.txt', 'utf8');
    const strip = (r: ReturnType<typeof analyze>) => JSON.stringify(r.findings);
    expect(strip(analyze(text, { packs: [lazy.pack] }))).toBe(strip(analyze(text, { packs: [eager.pack] })));
    let steps = 0;
    while (!warmPack(lazy.pack, 0)) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(warmPack(lazy.pack)).toBe(true);
  });

  it('a trusted pack whose regex cannot compile stays silent instead of breaking the check', async () => {
    const { compilePack } = await import('../../lib/packs/compile');
    const bad = compilePack(
      {
        id: 'x/y', version: '1.0.0', name: 'n', description: 'd', language: 'en', audience: 'consensus', license: 'MIT',
        rules: [{ id: 'r', category: 'imposition', severity: 'warning', match: { regex: '(a)\\1' }, message: 'm', why: 'w', examples: { flag: ['a'], pass: ['b'] } }],
      },
      { trusted: true },
    );
    expect(analyze('aa', { packs: [bad] }).findings).toEqual([]);
  });
});

describe('a whole-sentence rewrite of a shouted sentence', () => {
  it('leaves no word in capitals that was shouted and re-checks clean (core pack, with and without the shipped model)', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadPack } = await import('../../lib/packs/load');
    const { LearnedModel } = await import('../../lib/engine/learned/model');
    const core = loadPack(readFileSync('rules/core.yaml', 'utf8'), 'core.yaml', { trusted: true });
    if (!core.ok) throw new Error('core pack must load');
    const model = new LearnedModel(JSON.parse(readFileSync('lib/engine/learned/weights/consensus.json', 'utf8')));
    const caps = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
    for (const learned of [undefined, model]) {
      const options = { packs: [core.pack], audience: 'consensus', learned };
      let offered = 0;
      for (const sentence of ['WE NEED THIS REPORT IMMEDIATELY.', 'Please read this BEFORE the meeting, you need to do it NOW.']) {
        const { findings } = analyze(sentence, options);
        const shouting = findings.filter((f) => f.category === 'shouting');
        expect(shouting.length, sentence).toBeGreaterThan(0);
        const shouted = new Set(shouting.flatMap((f) => f.text.match(caps) ?? []));
        const rewrite = findings.find((f) => f.rewrite)?.rewrite;
        if (!rewrite) continue;
        offered++;
        for (const s of rewrite.suggestions) {
          expect([...(s.match(caps) ?? [])].filter((w) => shouted.has(w)), s).toEqual([]);
          expect(analyze(s, options).findings, s).toEqual([]);
        }
      }
      expect(offered, learned ? 'with the model' : 'rules only').toBeGreaterThan(0);
    }
  });
});
