import { describe, expect, it } from 'vitest';
import { harsh, shapeCues } from '../../../../lib/engine/learned/shapes';
import { hash, sentenceFeatures } from '../../../../lib/engine/learned/features';

/** Examples written for this test (not taken from the corpus): each shape, then near misses. */
const POSITIVE: [shape: string, sentence: string][] = [
  ['verdict', 'This function is pretty ugly.'],
  ['verdict', 'The retry logic looks completely pointless.'],
  ['verdict', 'The config naming sucks.'],
  ['harsh-fragment', 'Gross.'],
  ['verdict-self', 'My patch is an ugly hack, sorry.'],
  ['you-modal', 'You should update the board before standup.'],
  ['you-modal', 'You need to stop changing the schema.'],
  ['you-fault', 'You never update the board.'],
  ['you-fault', 'You ignored the checklist again.'],
  ['reproach-question', 'Why was nobody told about the outage?'],
  ['reproach-question', 'How come the invoice went out twice?'],
  ['reproach-question', 'At what point was finance going to hear about this?'],
  ['loaded-question', "You read the handover notes, right?"],
  ['escalation', 'I have copied your director on this thread.'],
  ['escalation', "I'm looping in the regional VP so she sees the delay."],
  ['reminder', 'As mentioned in my last two emails, the form is due.'],
  ['reminder', 'For the third time: the key goes back to reception.'],
  ['dated-change', 'Customer support moves to the Dublin team from 3 March.'],
  ['dated-change', 'The Lyon office will be merged into Paris in Q2.'],
  ['closure', 'The plan stands.'],
  ['closure', "We won't be revisiting this."],
  ['dismissive', "I don't care what the contract says."],
  ['irony-marker', "I'm sure it won't happen again."],
  ['praise-and-fault', 'Great, another outage.'],
  ['absolute-people', 'Nobody ever reads the runbook.'],
  ['time-pressure', 'Send it by end of day.'],
  ['threat', 'If this slips again, I will escalate.'],
  ['pinned-cause', 'This delay is because of your team.'],
  ['modal-perfect', 'This should have been tested.'],
  ['negated-you-question', "Did you not even open the attachment?"],
];

/** Ordinary, courteous or self-critical sentences: none of the consensus shapes. */
const NEAR_MISSES = [
  'Could you send the file when you get a chance?',
  'Thanks for the quick fix!',
  'The build failed at 09:40, logs attached.',
  'Have a great trip.',
  'Did anyone check the logs before the release?',
  'We moved the meeting to Thursday because Ken is away.',
  'Looks like a hack, but a useful one for now.',
  'Is this the latest version of the deck?',
  'Let me know if Tuesday works for you.',
];
const CONSENSUS_SHAPES = new Set(POSITIVE.map(([s]) => s).filter((s) => s !== 'verdict-self'));

describe('learned layer shape cues', () => {
  it.each(POSITIVE)('finds %s in %j', (shape, sentence) => {
    expect(shapeCues(sentence)).toContain(shape);
  });

  it.each(NEAR_MISSES)('finds no consensus shape in %j', (sentence) => {
    expect(shapeCues(sentence).filter((s) => CONSENSUS_SHAPES.has(s))).toEqual([]);
  });

  it('reads criticism of the writer\'s own work as such, not as a verdict on the reader', () => {
    expect(shapeCues('My first estimate was terrible.')).not.toContain('verdict');
    expect(shapeCues('Your first estimate was terrible.')).toContain('verdict');
  });

  it('knows harsh words from AFINN and from its own list, and leaves neutral ones', () => {
    expect(harsh('ugly')).toBe(true);
    expect(harsh('pathetic')).toBe(true);
    expect(harsh('table')).toBe(false);
    expect(harsh('good')).toBe(false);
  });

  it('feeds the shapes to the model as sentence-wide features', () => {
    const f = sentenceFeatures('I have copied your director on this thread.', { index: 0, count: 1 }, [], true);
    const at = f.ids.indexOf(hash('s:escalation'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(f.from[at]).toBe(-1);
    expect(sentenceFeatures('Thanks for the quick fix!', { index: 0, count: 1 }, [], true).ids).not.toContain(hash('s:escalation'));
    // Off unless the reader's weights ask for them (older weights, the results-first reader).
    expect(sentenceFeatures('I have copied your director on this thread.', { index: 0, count: 1 }).ids).not.toContain(hash('s:escalation'));
  });
});

describe('learned layer shape cues for the results-first reader', () => {
  it.each([
    ['self-deprecation', 'Feel free to ignore this, it is probably a silly question.'],
    ['self-deprecation', "I'm probably being naive here."],
    ['self-doubt', 'I could be wrong, but the totals look off.'],
    ['self-doubt', "It's quite possible I've misread the contract."],
    ['vague-wish', 'It would be nice if someone looked at the backlog at some point.'],
    ['anyway-ask', 'Anyway, let me know what you think.'],
    ['apology-for-asking', 'Sorry to bother you with this one.'],
    ['apology-for-asking', 'Sorry if this is the wrong channel, sorry.'],
  ] as const)('finds %s in %j', (shape, sentence) => {
    expect(shapeCues(sentence)).toContain(shape);
  });

  it.each([
    'Please send the signed copy by Friday so legal can file it.',
    'The estimate may change once the vendor replies.',
    'Sorry for the delay: the numbers are attached.',
    'It would be good to have the deck by Tuesday noon.',
  ])('finds no self-undermining shape in %j', (sentence) => {
    expect(shapeCues(sentence).filter((s) => ['self-deprecation', 'self-doubt', 'vague-wish', 'anyway-ask', 'apology-for-asking'].includes(s))).toEqual([]);
  });
});
