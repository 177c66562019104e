import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { keepsAsk } from '../../../lib/engine/clarity';
import { packWith } from '../../helpers';

describe('keepsAsk (the clarity guard)', () => {
  it('accepts a softer wording that keeps who, what and when', () => {
    expect(keepsAsk('You need to send the report by Friday.', 'Could you send the report by Friday?')).toBe(true);
    expect(keepsAsk('Send me the numbers by 5pm.', 'Could you send me the numbers by 5pm?')).toBe(true);
    expect(keepsAsk('Fix the build ASAP.', 'Could you fix the build when you can?')).toBe(true);
  });
  it('refuses one that drops the date or time', () => {
    expect(keepsAsk('You need to send the report by Friday.', 'Could you send the report?')).toBe(false);
    expect(keepsAsk('Reply by 3 June.', 'Could you reply when you can?')).toBe(false);
  });
  it('refuses one that drops the owner or every action', () => {
    expect(keepsAsk('You need to send the report.', 'It would be nice to have the report.')).toBe(false);
    expect(keepsAsk('You need to review the contract.', 'Could you take a look?')).toBe(false);
  });
});

describe('analyze withholds suggestions that lose the ask', () => {
  const pack = packWith({
    match: { pattern: 'you (need|have) to [<action>#Verb]' },
    suggest: ['Could you {{action}} it?', 'Could you {{action}}{{rest}}?'],
  });
  it('keeps only the suggestion that still says when', () => {
    const [f] = analyze('You need to send the report by Friday.', { packs: [pack] }).findings;
    expect(f.suggestions).toEqual(['Could you send the report by Friday?']);
  });
});

describe('clarity score', () => {
  const none = packWith({ match: { phrases: ['zzzz'] } });
  const clarity = (t: string) => analyze(t, { packs: [none] }).clarity;
  it('is full for a request with a when, lower without a when, low with no ask at all', () => {
    const withWhen = clarity('Hi Ken, thanks for the draft. Could you send the final version by Friday?');
    const noWhen = clarity('Hi Ken, thanks for the draft. Could you send the final version?');
    const noAsk = clarity(
      'Hi Ken, thanks for the draft. I was just thinking that maybe the numbers might be a bit off somewhere. ' +
        'It might be worth someone looking at it at some point. Anyway, it is not a big deal.',
    );
    expect(withWhen).toBe(100);
    expect(noWhen).toBeLessThan(withWhen);
    expect(noAsk).toBeLessThan(noWhen);
  });
});

describe('keepsAsk leaves non-requests and other verb forms alone', () => {
  it('accepts a verb kept in another form', () => {
    expect(keepsAsk("Don't change the config without asking me.", 'Could you avoid changing the config without asking me?', true)).toBe(true);
    expect(keepsAsk('You have to fix the build before the demo.', 'Could you fix the build before the demo?')).toBe(true);
    expect(keepsAsk('Update the tracker tonight.', 'Would you mind updating the tracker tonight?', true)).toBe(true);
  });
  it('lets a blunt statement be reworded as an I-statement, but still keeps its dates', () => {
    expect(keepsAsk("You're wrong.", "From what I can see, that's not quite right.")).toBe(true);
    expect(keepsAsk('I completely disagree with the proposal.', "I'm not sure I fully agree with the proposal.")).toBe(true);
    expect(keepsAsk('That is wrong, the launch is on Friday.', 'I see it differently about the launch.')).toBe(false);
  });
});

describe('keepsAsk and cushions', () => {
  it('lets a cushion that mentions the reader go', () => {
    expect(keepsAsk('Please send me the figures at your convenience.', 'Please send me the figures.')).toBe(true);
    expect(keepsAsk('Please review the draft when you get a chance.', 'Please review the draft.')).toBe(true);
  });
});
