/**
 * The lexicon of politeness cues: each cue matches what it names and refuses its near misses
 * (the sentences that share its words and mean something else).
 */
import { describe, expect, it } from 'vitest';
import { keepsAsk, isRequest } from '../../../lib/engine/clarity';
import { SentenceContext } from '../../../lib/engine/context';
import { sentenceCues } from '../../../lib/engine/detectors/cues';
import {
  ACKNOWLEDGEMENT,
  APOLOGY,
  COULD_YOU,
  DECISION,
  GRATITUDE,
  GREETING,
  HEDGE,
  INVITATION,
  lowerCue,
  OBLIGATION,
  PLEASE,
  PRAISE,
  REAL_UNCERTAINTY,
  REASON,
  REQUEST,
  SALUTATION,
  SIGN_OFF,
  SOFTENER,
} from '../../../lib/engine/lexicon';
import { maskNonAuthored } from '../../../lib/engine/mask';
import { sentenceStrategies } from '../../../lib/engine/politeness';

/** Each cue with sentences it must match and near misses it must not. */
const CASES: [string, RegExp, string[], string[]][] = [
  [
    'GRATITUDE',
    GRATITUDE,
    ['Thanks for the quick turnaround.', 'Thank you, Aiko.', 'I really appreciate your help.', 'Much appreciated!', 'Thanks to the team for the late nights.', 'Thanks to you, we shipped on time.', 'Thanks to whoever organised the farewell.', 'Cheers for that.', 'I’m grateful for the extra day.'],
    ['We lost a day thanks to the delay.', 'Thanks to the outage, nobody could log in.', 'The thankless job of triage.'],
  ],
  ['PRAISE', PRAISE, ['Great work on the demo.', 'Well done, everyone.', 'Congratulations on the launch!', 'Kudos to Ken.'], ['The work is great.', 'Done well or not, it ships.']],
  ['APOLOGY', APOLOGY, ['Sorry for the delay.', 'Apologies for the confusion.', 'I apologise.', 'My mistake, I sent the old file.'], ['Sorrow is not the word.', 'The apologetic tone is too much.']],
  ['GREETING', GREETING, ['Hi Ken, the build is green.', 'Dear team,', 'Good morning all.', 'Hope you are doing well.', 'Hope this email finds you well.', 'Hope all is going well.'], ['Hope this helps.', 'Hopefully the fix lands today.', 'High time we shipped.']],
  ['SALUTATION', SALUTATION, ['Hi team,', 'Dear Ms Sato,', 'Team,', 'Morning all!'], ['All the tests pass.', 'Hi Ken, could you send the file by Friday?']],
  ['SIGN_OFF', SIGN_OFF, ['Best regards,', 'Thanks,', 'Cheers Ken', 'All the best'], ['Thanks for sending the file.', 'Best practice is to rebase first.']],
  ['PLEASE', PLEASE, ['Please send the file.', 'Could you send it pls?'], ['I am pleased with it.', 'It should please the client.']],
  [
    'INVITATION',
    INVITATION,
    ['Let me know what you think.', 'Any thoughts?', 'Happy to discuss if you see it differently.', 'We are open to other ideas.', 'If you have concerns, tell me.', 'Does that work for you?', 'Feel free to push back.', "We'll discuss it on Monday.", 'Your feedback is welcome.'],
    ['There is nothing to discuss.', 'This is not open to debate.', 'My thoughts are below.', 'I have concerns about the plan.', 'I got feedback from the client.'],
  ],
  [
    'REASON',
    REASON,
    ['Could you send it by Friday, because the audit starts Monday?', 'Since the client asked, we moved it.', 'We need it so that finance can close.', 'Send it today so we can review it.', 'We delayed it due to the outage.', 'Please bring it ahead of the audit.', 'As the build is red, we wait.', 'This will help us prepare.', 'Send it early to meet the deadline.', 'We lost a day thanks to the delay.'],
    ['I have been here since Monday.', 'Since last week the build is red.', 'As you know, the build is red.', 'As discussed, we ship Friday.', 'The parcel is due to arrive Friday.', 'So we are done.', 'I need you to make sure it works.', 'Thanks to the team for the late nights.', 'Tools such as the linter help.', 'Would you be free to meet with me?'],
  ],
  ['HEDGE', HEDGE, ['I think the numbers are off.', 'Maybe we could wait.', 'It seems slow.', 'In my view it is too early.'], ['The numbers are off.', 'We ship on Friday.']],
  [
    'REAL_UNCERTAINTY',
    REAL_UNCERTAINTY,
    ['I think it started at 09:40, but the logs are still loading.', 'It will take roughly two days.', 'I may be wrong about the date - can you confirm?'],
    ['I think this is probably a silly idea.', 'I could be wrong.'],
  ],
  ['SOFTENER', SOFTENER, ['Could you send it?', 'Please send it.', 'When you have a moment, send it.', 'Perhaps send it today.'], ['Send it today and let me know.', 'You will send it.']],
  ['OBLIGATION', OBLIGATION, ['You need to send it.', 'You must fix it.', 'I need you to call the client.', 'Make sure the tests pass.'], ['Could you send it?', 'You will see that it works.', 'I need to send it.']],
  [
    'DECISION',
    DECISION,
    ['We have decided to move the launch to May.', 'It was decided that the team moves.', 'From now on, all reviews go through Ken.', 'Effective immediately, travel is frozen.'],
    ['I decided to leave early.', 'Paul and I decided that I should send it.', "We haven't decided yet."],
  ],
];

describe('the lexicon of politeness cues', () => {
  for (const [name, cue, positives, nearMisses] of CASES) {
    describe(name, () => {
      it.each(positives)('matches "%s"', (s) => expect(cue.test(lowerCue(s))).toBe(true));
      it.each(nearMisses)('does not match "%s"', (s) => expect(cue.test(lowerCue(s))).toBe(false));
    });
  }

  it('keeps no state between tests (no global flag)', () => {
    for (const [, cue] of CASES) expect(cue.flags).not.toContain('g');
  });

  it('acknowledges with thanks, praise or an apology, and not with a cause', () => {
    for (const s of ['Thanks!', 'Great job, all.', 'Sorry for the late reply.']) expect(ACKNOWLEDGEMENT.test(lowerCue(s))).toBe(true);
    expect(ACKNOWLEDGEMENT.test(lowerCue('We slipped a week thanks to the vendor.'))).toBe(false);
  });

  it('tells a polite ask ("could you") from an order ("you need to", "you will"): both are requests', () => {
    expect(COULD_YOU.test('could you send the figures by friday?')).toBe(true);
    expect(OBLIGATION.test('could you send the figures by friday?')).toBe(false);
    expect(COULD_YOU.test('you will send the figures by friday.')).toBe(false);
    for (const s of ['Could you send the figures?', 'You need to send the figures.', 'You will take over the Kobe account.', 'Send it by Friday.', 'Kindly send it.']) {
      expect(REQUEST.test(lowerCue(s)), s).toBe(true);
    }
    for (const s of ['The figures are attached.', 'We will send the figures on Friday.']) {
      expect(REQUEST.test(lowerCue(s)), s).toBe(false);
    }
    // isRequest takes any case and curly apostrophes.
    expect(isRequest('I’D LIKE YOU to review it')).toBe(true);
  });
});

describe('one lexicon, read the same everywhere', () => {
  const cuesOf = (s: string) => sentenceCues(new SentenceContext(s, s));

  it('the sentence cues and the politeness strategies agree on thanks, reasons, greetings and invitations', () => {
    const agree: [string, keyof ReturnType<typeof cuesOf>, string][] = [
      ['Thanks for the quick turnaround.', 'acknowledgement', 'gratitude'],
      ['We moved it because the client asked.', 'reason', 'reason'],
      ['Let me know what you think.', 'invitation', 'invitation'],
    ];
    for (const [s, cue, strategy] of agree) {
      expect(cuesOf(s)[cue], s).toBe(true);
      expect(sentenceStrategies(s), s).toContain(strategy);
    }
    // The same near miss is refused by both.
    expect(cuesOf('We lost a day thanks to the delay.').acknowledgement).toBe(false);
    expect(sentenceStrategies('We lost a day thanks to the delay.')).not.toContain('gratitude');
    expect(sentenceStrategies('We lost a day thanks to the delay.')).toContain('reason');
    expect(cuesOf('There is nothing to discuss.').invitation).toBe(false);
    expect(sentenceStrategies('There is nothing to discuss.')).not.toContain('invitation');
  });

  it('a question invites a reply; a bare command is a request', () => {
    expect(cuesOf('Is the room booked?').invitation).toBe(true);
    expect(cuesOf('Send me the numbers by noon.').request).toBe(true);
    expect(cuesOf('The numbers are in the sheet.').request).toBe(false);
  });

  it('the clarity guard counts the lexicon’s hedges, "just" with them', () => {
    expect(cuesOf('I think maybe we could just wait.').hedges).toBe(3);
    expect(cuesOf('We ship on Friday.').hedges).toBe(0);
  });

  it('the clarity guard looks past a cushion for the owner of the ask', () => {
    // "at your convenience" names the reader without making them the owner: dropping it is fine,
    // dropping the owner of the ask is not.
    expect(keepsAsk('Could you send the report at your convenience?', 'Could you send the report?')).toBe(true);
    expect(keepsAsk('Could you send the report?', 'The report would be good to have.')).toBe(false);
  });

  it('the signature finder knows the same sign-offs', () => {
    const text = 'The build is green.\n\nAll the best\nKen Sato\nAcme Corp';
    expect(maskNonAuthored(text).text).not.toContain('Ken Sato');
  });
});
