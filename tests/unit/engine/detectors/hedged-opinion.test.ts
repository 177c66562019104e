import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'hedging': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'hedging', match: { detector: 'hedged-opinion' }, suggest: ["{{head}} {{body}}"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('hedged-opinion', () => {
  it.each([
    "I just think we should move the launch.",
    "I feel like the budget is too small.",
    "I kind of think the vendor is overcharging us.",
    "I'm just saying, the numbers don't add up.",
    "In my humble opinion, the design is cluttered.",
    "But I just feel the scope is too big.",
    "I personally think we need another tester.",
    "I kind of feel the scope is too big for Q3.",
    "I was kind of hoping we could discuss the budget.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "I think the outage started at 09:40, but the logs are still loading.",
    "I feel like I'm finally getting the hang of it.",
    "I just think so.",
    "I feel like pizza tonight.",
    "I just think the numbers are about 20% higher, I'll confirm tomorrow.",
    "I just think the deadline is Friday, can you confirm?",
    "We think the launch went well.",
    "I just think it's great that you volunteered.",
    "I guess the numbers are about 10% off; I'll verify tomorrow.",
    "I was hoping you'd enjoy the trip.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('offers the view without the hedge', () => {
    expect(find('I just think we should move the launch.')[0].suggestions).toEqual(['We should move the launch.']);
    expect(find('But I just feel the scope is too big.')[0].suggestions).toEqual(['But the scope is too big.']);
  });
});
