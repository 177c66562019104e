import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'decision': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'decision', match: { detector: 'announced-decision' }, suggest: ["<{{obj}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('announced-decision', () => {
  it.each([
    "We are not changing the plan.",
    "We're not moving the deadline.",
    "The decision has been made.",
    "The deadline stays.",
    "The plan stands.",
    "This is decided.",
    "I'm not revisiting this.",
    "The scope won't change.",
    "Let me be clear: the deadline stays.",
    "Thanks for the input, but we'll go with what I proposed.",
    "That's how it's going to be.",
    "We're sticking with my original plan.",
    "We've made our decision and we're sticking with it.",
    "There won't be any changes to the schedule.",
    "The date won't move.",
    "Management won't be reconsidering this.",
    "This is happening on Monday regardless.",
    "The reorganisation takes effect on the 1st.",
    "The new approval policy applies from Monday.",
    "The hiring freeze starts next month.",
    "All travel must be booked through the portal; the new travel policy takes effect on 1 June.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "We're not changing anything for your team.",
    "We're not changing the plan yet, let's discuss on Friday.",
    "The deadline stays Friday, so no rush on the draft.",
    "Once the decision has been made, I'll let you know.",
    "Is the plan staying?",
    "The date is not changing, good news for everyone.",
    "The weather stays sunny.",
    "We are not changing the plan unless the client asks.",
    "We are not moving offices, don't worry.",
    "The decision has been made together at the offsite.",
    "We'll go with what I proposed unless anyone objects.",
    "Thanks, we'll go with your proposal.",
    "There won't be any changes for your team.",
    "The launch is happening on Monday, see you there!",
    "The new flexible-hours policy starts Monday - enjoy!",
    "The sale starts Monday.",
    "The training starts on the 1st, sign up on the wiki.",
    "The reorganisation takes effect on the 1st; questions are welcome at Friday's town hall.",
    "When does the new policy take effect?",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures what will not change', () => {
    expect(find('We are not changing the plan.')[0].suggestions).toEqual(['<the plan>']);
    expect(find('The deadline stays.')[0].text).toBe('The deadline stays');
  });
});
