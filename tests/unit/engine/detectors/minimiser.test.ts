import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'hedging': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'hedging', match: { detector: 'minimiser' }, suggest: ["{{kept}}"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('minimiser', () => {
  it.each([
    "I was just wondering if you had a minute.",
    "I'm just checking whether the report is ready.",
    "Quick question: who owns the billing service?",
    "I have a quick question about the invoice.",
    "I have a small favour to ask.",
    "Also, just one more thing: the room is booked.",
    "We're a bit stuck on the migration.",
    "We have a bit of a problem with the vendor.",
    "Just one more thing, the invoice needs a PO number.",
    "Quick favour: could you review my PR?",
    "We're a little stuck on the data migration.",
    "Just a small thing: the logo is the old one.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "I just finished the report.",
    "We arrived just in time.",
    "The team is a bit stuck, about 2 days behind.",
    "Thanks for answering my quick question yesterday.",
    "We made a small change to the footer.",
    "Just checking in on the budget approval.",
    "A quick question came up in the standup: who owns billing?",
    "It's just a quick fix, about five lines.",
    "Quick note: the office is closed on Monday.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('keeps the words that stay when the minimiser goes', () => {
    expect(find('I was just wondering if you had a minute.')[0].text).toBe('just wondering');
    expect(find('I was just wondering if you had a minute.')[0].suggestions).toEqual(['wondering']);
    expect(find('We have a bit of a problem with the vendor.')[0].suggestions).toEqual(['a problem']);
    expect(find('Quick question: who owns the billing service?')[0].suggestions).toEqual(['Who owns the billing service?']);
  });
});
