import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'confrontation': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'confrontation', match: { detector: 'closing-assertion' }, suggest: ["<{{body}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('closing-assertion', () => {
  it.each([
    "I'll say it plainly: we are not changing the plan.",
    "Let me be clear: the deadline stays.",
    "Let me make one thing clear, the budget is fixed.",
    "Make no mistake, this launch will happen on time.",
    "For the last time, the report goes to finance first.",
    "I'm only going to say this once: no more overtime without approval.",
    "Let me put it this way: the launch date is fixed.",
    "I'm going to be very direct: the numbers are wrong.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "To be clear, the call is at 9 JST.",
    "Let me be clear: this is not your fault.",
    "Just to be clear, is the call at 9?",
    "Let me be clear about the timeline so everyone can plan.",
    "I'll be honest, I loved the demo.",
    "Let me be blunt: the deck is weak.",
    "Let me be clear about what I'm asking: two slides, by Friday.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('spans the lead-in and captures the point', () => {
    const [f] = find("I'll say it plainly: we are not changing the plan.");
    expect(f.text).toBe("I'll say it plainly: ");
    expect(f.suggestions).toEqual(['<we are not changing the plan.>']);
  });
});
