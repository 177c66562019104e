import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'blame': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'blame', match: { detector: 'modal-perfect-blame' }, suggest: ["<{{subj}}|{{part}}|{{verb}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('modal-perfect-blame', () => {
  it.each([
    "This should have been done last week.",
    "You could have told me.",
    "This should've been caught in review.",
    "The migration should have been tested on staging first.",
    "Someone should have caught this.",
    "Somebody could have warned us.",
    "You might have mentioned the delay.",
    "Your report should have been sent on Monday.",
    "This was supposed to be finished last week.",
    "The report was supposed to be sent on Monday.",
    "The client should have been informed before the price change.",
    "Your team could have warned us about the API change.",
    "Someone ought to have checked the invoice.",
    "That email should not have been sent to the client.",
    "This should never have been released.",
    "The discount shouldn't have been promised to them.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "I should have caught this.",
    "We could have planned better.",
    "This should have been caught by me, sorry.",
    "It should have been sent to you by now, let me check.",
    "The package should have been delivered yesterday; can you check the tracking?",
    "It could have been worse.",
    "You should have received the invite.",
    "If this had been tested, it would have been fine.",
    "You could have won the prize!",
    "You could have told me, no worries at all.",
    "The fix should have been included in version 2.3.",
    "This must have been missed during the handover.",
    "It would have been done sooner with more people.",
    "Should this have been caught in review?",
    "I think this should have been tested more.",
    "Someone could have taken my umbrella by mistake.",
    "The train was supposed to be here at 9.",
    "I was supposed to be finished by now, sorry.",
    "The shipment should have arrived by now, can you check the tracking number?",
    "It should have been fixed in 3.2, could you confirm your version?",
    "In hindsight, this should have been caught by my review, not yours.",
    "I should never have sent that email, sorry.",
    "It should not have been a problem, but let me check.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures the subject and participle of a passive, the verb of a reproach', () => {
    expect(find('This should have been done last week.')[0].text).toBe('This should have been done');
    expect(find('This should have been done last week.')[0].suggestions).toEqual(['<This|done|>']);
    expect(find('You might have mentioned the delay.')[0].suggestions).toEqual(['<||mentioned>']);
  });
});
