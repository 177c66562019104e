import { describe, expect, it } from 'vitest';
import { analyze, LEARNED_PACK } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';
import { hash, sentenceFeatures } from '../../../../lib/engine/learned/features';
import { LearnedModel, type ReaderWeights } from '../../../../lib/engine/learned/model';
import { candidateRewrites } from '../../../../lib/engine/learned/rewrite';

/** A tiny hand-made model: "clueless" and "pathetic" push towards a flag; nothing else does. */
function model(overrides: Partial<ReaderWeights> = {}): LearnedModel {
  const heavy = ['w:clueless', 'w:pathetic'].map(hash).sort((a, b) => a - b);
  const blame = hash('w:clueless');
  return new LearnedModel({
    reader: 'consensus',
    version: 1,
    hashBits: 18,
    heads: ['flag', 'blame', 'bluntness'],
    bias: [-4, 0, 0],
    sparse: [
      { idx: [heavy[0], heavy[1] - heavy[0]], w: [127, 127], scale: 0.5 },
      { idx: [blame], w: [100], scale: 0.1 },
      { idx: [], w: [], scale: 1 },
    ],
    calibration: { a: 1, b: 0 },
    threshold: 0.5,
    fine: 0.01,
    ...overrides,
  });
}

describe('learned layer', () => {
  it('hashes features deterministically into the 2^18 space, with the words they came from', () => {
    const f = sentenceFeatures('You are clueless.', { index: 0, count: 1 });
    expect(f.ids).toContain(hash('w:clueless'));
    expect(f.ids.every((id) => id >= 0 && id < 1 << 18)).toBe(true);
    const i = f.ids.indexOf(hash('w:clueless'));
    expect(f.tokens[f.from[i]].norm).toBe('clueless');
    expect(sentenceFeatures('You are clueless.', { index: 0, count: 1 }).ids).toEqual(f.ids);
  });

  it('scores with each head\'s sparse weights, shared buckets and a bucket given twice included', () => {
    // Delta-encoded buckets 5, 9, 9 (the last one wins) for the flag head, 9 and 200000 for the
    // second: the dense table must hold exactly what a bucket -> weights map would.
    const m = new LearnedModel({
      reader: 'consensus',
      version: 1,
      hashBits: 18,
      heads: ['flag', 'blame'],
      bias: [0.5, -1],
      sparse: [
        { idx: [5, 4, 0], w: [10, 20, 30], scale: 0.1 },
        { idx: [9, 199991], w: [-7, 3], scale: 0.5 },
      ],
      calibration: { a: 1, b: 0 },
      threshold: 0.5,
      fine: 0.01,
    });
    const z = m.scores({ ids: [5, 9, 200000, 77] });
    const x = 1 / Math.sqrt(4);
    expect(z[0]).toBeCloseTo(0.5 + (Math.fround(1) + Math.fround(3)) * x, 5);
    expect(z[1]).toBeCloseTo(-1 + (-3.5 + 1.5) * x, 5);
    expect([...m.scores({ ids: [] })]).toEqual([0.5, -1]);
  });

  it('adds a finding where no rule spoke, naming its category and marking the words that drove it', () => {
    const text = 'Thanks for the update. Honestly you are clueless about this.';
    const r = analyze(text, { packs: [], learned: model() });
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f.pack).toBe(LEARNED_PACK);
    expect(f.category).toBe('blame');
    expect(f.scope).toBe('sentence');
    expect(f.text).toBe('Honestly you are clueless about this.');
    expect(f.marks?.map((m) => text.slice(m.start, m.end))).toEqual(['clueless']);
    expect(f.message.length).toBeGreaterThan(10);
  });

  it('stays quiet below its threshold and on ordinary text', () => {
    expect(analyze('Numbers attached. Call if questions.', { packs: [], learned: model() }).findings).toEqual([]);
    expect(analyze('You are clueless.', { packs: [], learned: model({ threshold: 0.999 }) }).findings).toEqual([]);
  });

  it('drops a rule finding in a sentence it reads as fine, unless the rule is marked certain', () => {
    const rule = packWith({ category: 'imposition', match: { phrases: ['send me'] } });
    const sure = packWith({ category: 'imposition', certain: true, match: { phrases: ['send me'] } });
    const fine = model({ fine: 0.5, packs: ['test/one'] });
    expect(analyze('Send me the file.', { packs: [rule] }).findings).toHaveLength(1);
    expect(analyze('Send me the file.', { packs: [rule], learned: fine }).findings).toEqual([]);
    expect(analyze('Send me the file.', { packs: [sure], learned: fine }).findings).toHaveLength(1);
  });

  it("never drops the findings of a pack it was not trained beside (a team's own rules)", () => {
    const team = packWith({ category: 'imposition', match: { phrases: ['send me'] } }, 'acme/house');
    const fine = model({ fine: 0.5, packs: ['test/one'] });
    expect(analyze('Send me the file.', { packs: [team], learned: fine }).findings).toHaveLength(1);
  });

  it('offers only rewrites that, re-checked, raise nothing', () => {
    const r = analyze('Your pathetic report is late.', { packs: [], learned: model() });
    const [f] = r.findings;
    for (const s of f.suggestions) expect(analyze(s, { packs: [], learned: model() }).findings).toEqual([]);
    expect(f.suggestions.length).toBeGreaterThan(0);
  });

  it('turns an order into a question and blame from "you" to "we"', () => {
    expect(candidateRewrites('Send the deck by Friday.', 'imposition')).toContain('Could you send the deck by Friday?');
    expect(candidateRewrites('You need to fix the build today.', 'imposition')).toContain('Could you fix the build today?');
    expect(candidateRewrites('Your team broke the build again.', 'blame')).toContain('Our team broke the build again.');
  });
});

describe('one sentence, one rewrite', () => {
  it('offers a whole-sentence rewrite that leaves none of several findings in a sentence', () => {
    const order = packWith({ category: 'imposition', match: { phrases: ['you need to'] }, suggest: ['could you'] }, 'test/a');
    const pressure = packWith({ category: 'pressure', match: { phrases: ['asap'] }, suggest: ['by Friday'] }, 'test/b');
    const text = 'You need to send the deck ASAP.';
    const r = analyze(text, { packs: [order, pressure] });
    expect(r.findings).toHaveLength(2);
    const rewrite = r.findings[0].rewrite!;
    expect(rewrite).toBeDefined();
    expect(r.findings[1].rewrite).toBe(rewrite);
    for (const s of rewrite.suggestions) {
      const applied = text.slice(0, rewrite.start) + s + text.slice(rewrite.end);
      expect(analyze(applied, { packs: [order, pressure] }).findings).toEqual([]);
    }
  });
});

describe('rewrites never keep a flagged phrase (built-in packs)', () => {
  it('withholds a suggestion that keeps another finding’s words, and rewrites the sentence whole', async () => {
    const { loadBuiltinPacksFromDisk } = await import('../../../../lib/cli/builtins');
    const packs = loadBuiltinPacksFromDisk('consensus');
    for (const text of ['We will do it my way, no exceptions.', 'You need to send the deck ASAP.']) {
      const r = analyze(text, { packs, audience: 'consensus' });
      expect(r.findings.length).toBeGreaterThanOrEqual(2);
      for (const f of r.findings) {
        const others = r.findings.filter((g) => g !== f && g.start >= f.start && g.end <= f.end);
        for (const s of f.suggestions) for (const g of others) expect(s.toLowerCase()).not.toContain(g.text.toLowerCase());
      }
      const rewrite = r.findings.find((f) => f.rewrite)?.rewrite;
      expect(rewrite?.suggestions.length).toBeGreaterThan(0);
      for (const s of rewrite!.suggestions) {
        const applied = text.slice(0, rewrite!.start) + s + text.slice(rewrite!.end);
        expect(analyze(applied, { packs, audience: 'consensus' }).findings).toEqual([]);
        for (const f of r.findings) if (f.text !== text) expect(s.toLowerCase()).not.toContain(f.text.toLowerCase());
      }
    }
  });
});
