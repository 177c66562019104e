import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'hedging': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'hedging', match: { detector: 'permission-seeking' }, suggest: ["<{{act}}|{{body}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('permission-seeking', () => {
  it.each([
    "Would it be ok if I took Friday off?",
    "Is it alright if I join the call late?",
    "Do you mind if I share the deck with the client?",
    "Would it be possible for me to send the draft tomorrow?",
    "Sorry for the long email.",
    "Sorry, one more thing: can you add Ken to the invite?",
    "Apologies for the noise, the link is fixed now.",
    "Sorry to chase, but is the invoice approved?",
    "Sorry if this is obvious, but where is the budget file?",
    "I hope you don't mind me asking, but when is the review?",
    "Forgive me for asking, but is the budget approved?",
    "Would you be ok with me taking the lead on this?",
    "Am I allowed to share the numbers with the vendor?",
    "Is it a problem if I push the review to Thursday?",
    "Sorry for the barrage of emails today.",
    "Sorry for all the questions, but where do I find the logs?",
    "I hate to be a pain, but could you resend the file?",
    "Sorry to be a bother, could you approve the PO?",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "Sorry for the outage yesterday, it was our mistake.",
    "I'm sorry to hear about your father.",
    "Would it be ok if the client saw the draft?",
    "Do you mind checking the numbers?",
    "Sorry about the confusion with the invoice.",
    "Is it a problem if the client joins late?",
    "I'm sorry for your loss.",
    "Sorry for the delay on the invoice, that was our mistake.",
    "I hate to say it, but the vendor is right.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures the act asked about, or the point after a ritual apology', () => {
    expect(find('Would it be ok if I took Friday off?')[0].suggestions).toEqual(['<took Friday off|>']);
    expect(find('Sorry to chase, but is the invoice approved?')[0].suggestions).toEqual(['<|is the invoice approved?>']);
  });
});
