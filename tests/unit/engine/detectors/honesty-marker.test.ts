import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packFromFile, packWith } from '../../../helpers';

// Category 'hedging': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'hedging', match: { detector: 'honesty-marker' }, suggest: ["{{head}}{{body}}"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('honesty-marker', () => {
  it.each([
    "To be honest, I'm not convinced the vendor can deliver.",
    "Honestly, the timeline looks tight.",
    "The plan, honestly, is too slow.",
    "The numbers look wrong, to be honest.",
    "In all honesty, we need another week.",
    "Truth be told, the launch is at risk.",
    "Honestly speaking, the estimate is too low.",
    "If I'm being honest, the vendor is not ready.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "Please be honest with me about the draft.",
    "She answered honestly.",
    "It was an honest mistake.",
    "Honestly, I loved the demo!",
    "We want honest feedback on the pilot.",
    "Thanks for being honest.",
    "Honest feedback is welcome.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('offers the sentence without the marker, wherever it stands', () => {
    expect(find('Honestly, the timeline looks tight.')[0].suggestions).toEqual(['The timeline looks tight.']);
    expect(find('The plan, honestly, is too slow.')[0].suggestions).toEqual(['The plan is too slow.']);
    expect(find('The numbers look wrong, to be honest.')[0].suggestions).toEqual(['The numbers look wrong.']);
  });
});

describe('results-first hedge shapes in the built-in packs', () => {
  const packs = [packFromFile('rules/core.yaml'), packFromFile('rules/results-first.yaml')];
  const HEDGES = [
    'To be honest, the timeline looks tight.',
    'I just think we should move the launch.',
    'This is probably a silly idea, but we could reuse the old design.',
    'Would it be ok if I took Friday off?',
    'Sorry for the long email.',
    'I was just wondering if you had a minute.',
  ];
  const SHAPE_RULES = new Set(['honesty-marker', 'hedged-opinion', 'self-doubt', 'permission-seeking', 'ritual-apology', 'minimiser']);

  it.each(HEDGES)('never speak for a consensus reader: %j', (t) => {
    const rules = analyze(t, { packs, audience: 'consensus' }).findings.map((f) => f.rule);
    expect(rules.filter((r) => SHAPE_RULES.has(r))).toEqual([]);
    expect(analyze(t, { packs, audience: 'results-first' }).findings.some((f) => SHAPE_RULES.has(f.rule))).toBe(true);
  });

  it('leave quoted words alone', () => {
    expect(analyze('She wrote "To be honest, the plan is weak" in her review.', { packs, audience: 'results-first' }).findings).toEqual([]);
  });
});
