import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'sarcasm': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'sarcasm', match: { detector: 'sarcasm' }, suggest: ["<{{fail}}|{{act}}|{{cheer}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('sarcasm', () => {
  it.each([
    "Great job missing the deadline again.",
    "Nice work breaking the build.",
    "Nice of you to finally reply.",
    "Thanks for finally getting back to me.",
    "Wonderful, another missed handover.",
    "Great, the build is broken again.",
    "Way to forget the client call.",
    "Well done on losing the Osaka account.",
    "Glad you could finally join us.",
    "Congratulations on breaking production on a Friday.",
    "Good of you to finally show up.",
    "Fantastic, yet another outage.",
    "Oh great, another meeting that could have been an email.",
    "Well, at least you tried.",
    "Not bad for a first attempt.",
    "It's fine, I guess.",
    "Nice to see the report on time for once.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "Great job fixing the build.",
    "Nice work catching that bug.",
    "Great job not missing a single deadline this quarter.",
    "Great work breaking the record for sign-ups!",
    "Thanks for finally getting this over the line, what a team!",
    "Thanks for dropping by yesterday.",
    "Great, see you at 3.",
    "Wonderful, another great quarter!",
    "Great, I missed the bus again.",
    "Thanks for flagging the missing invoice.",
    "Nice work killing it at the demo.",
    "Great work on the broken-link report.",
    "Thanks for the help, nothing more needed.",
    "Thanks for finally sorting out the VPN, it makes my life so much easier.",
    "Nice work breaking down the problem into smaller tickets.",
    "Thanks for breaking the news gently.",
    "Great, the build is green again.",
    "At least it's Friday!",
    "Not bad at all, thank you!",
    "Nice try, and it worked, well done!",
    "I think it's fine, I guess we can ship.",
    "At least the build compiles now, thanks to Ken.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures the failure, the late act, or the cheer', () => {
    expect(find('Great job missing the deadline again.')[0].suggestions).toEqual(['<missing||>']);
    expect(find('Thanks for finally getting back to me.')[0].suggestions).toEqual(['<|getting back to me|>']);
    expect(find('Wonderful, another missed handover.')[0].text).toBe('Wonderful, ');
  });
});

describe('sarcasm in quoted or reported text', () => {
  it.each(['Her reply was "Great job missing the deadline again" and nothing else.', '> Great job missing the deadline again.'])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });
});
