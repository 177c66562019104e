import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'hedging': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'hedging', match: { detector: 'self-doubt' }, suggest: ["{{head}}{{body}}"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('self-doubt', () => {
  it.each([
    "I'm not an expert on this, but the query looks slow.",
    "This is probably a silly idea, but we could reuse the old design.",
    "I'm not sure if this makes sense, but we could split the team.",
    "I'm probably overthinking this, but the timeline worries me.",
    "Just a thought: we could move the launch to May.",
    "Not sure if this is helpful, but here are the numbers.",
    "We could use the staging server, just my two cents.",
    "Feel free to ignore this if it's not helpful.",
    "I could be wrong, and this is probably a silly idea, but could we skip the review?",
    "Hopefully that makes sense.",
    "I'm definitely not an expert here, but the cache looks stale.",
    "I'm probably missing something, but why is the job still failing?",
    "Not to overstep, but the pricing looks off.",
    "I don't want to step on anyone's toes, but the deadline seems tight.",
    "Maybe it's just me, but the numbers don't add up.",
    "I'm not 100% sure, but I think we should pause the rollout.",
    "It's probably nothing, but the error rate doubled overnight.",
    "Does this make sense so far?",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "She's no expert, but she learns fast.",
    "I was wrong about the date, it's Tuesday.",
    "I'm no expert on tax, so I asked Sato-san.",
    "That's a great idea.",
    "Just a reminder that the office closes at 6.",
    "I don't know if the build passed yet, I'll check.",
    "I'm not an expert on Kubernetes, so I asked Aiko to review.",
    "I'm not 100% sure the build passed, can you confirm?",
    "It's not me, it's the printer.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('offers the point without the disclaimer', () => {
    expect(find('This is probably a silly idea, but we could reuse the old design.')[0].suggestions).toEqual(['We could reuse the old design.']);
    expect(find('We could use the staging server, just my two cents.')[0].suggestions).toEqual(['We could use the staging server.']);
    expect(find('Just a thought.')[0].suggestions).toEqual([]);
  });
});
