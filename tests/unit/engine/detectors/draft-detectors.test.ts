import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

const decide = packWith({ category: 'decision', match: { detector: 'decision-without-invitation' } });
const reason = packWith({ category: 'vagueness', match: { detector: 'request-without-reason' } });
const thanks = packWith({
  category: 'acknowledgement',
  match: { detector: 'no-acknowledgement' },
  suggest: ['Thank you all for your work on this. '],
});
/** What a rule reports: its findings, or (draft-level tips) its tips shown ungated. */
const run = (pack: typeof decide, t: string) => {
  const r = analyze(t, { packs: [pack], tips: 'all' });
  return [...r.findings, ...r.tips];
};

describe('decision-without-invitation', () => {
  it('reports the decision sentence when nothing invites a response', () => {
    const t = 'Hi all,\nWe have decided to move the launch to May. The new plan is attached.';
    const [f] = run(decide, t);
    expect(f.text).toBe('We have decided to move the launch to May.');
    expect(f.scope).toBe('sentence');
  });
  it('is satisfied by an invitation anywhere', () => {
    expect(run(decide, 'We have decided to move the launch to May. Let me know your thoughts.')).toEqual([]);
    expect(run(decide, 'We have decided to move the launch to May. Does that work for everyone?')).toEqual([]);
  });
  it('does not judge a one-liner', () => {
    expect(run(decide, 'We have decided to order pizza.')).toEqual([]);
  });
});

const longRequest =
  'Hi team,\nCould you update the forecast sheet with the latest numbers from the Osaka office. ' +
  'Please also send the revised deck to the client team before the review on Thursday afternoon. ' +
  'Keep the format the same as last quarter with the summary on the first page.';

describe('request-without-reason', () => {
  it('reports the first request in a draft that never says why', () => {
    const [f] = run(reason, longRequest);
    expect(f.text).toMatch(/^Could you update the forecast/);
  });
  it('is satisfied by a reason anywhere', () => {
    expect(run(reason, longRequest + ' This will help us prepare for the board meeting.')).toEqual([]);
  });
  it('does not judge a short chat request', () => {
    expect(run(reason, 'Could you send the report by Friday? Thanks!')).toEqual([]);
  });
});

describe('no-acknowledgement', () => {
  it('reports an empty span where the body starts and suggests an opening line', () => {
    const [f] = run(thanks, longRequest);
    expect(f.scope).toBe('draft');
    expect(f.start).toBe(f.end);
    expect(f.start).toBe(longRequest.indexOf('Could you'));
    expect(f.suggestions).toEqual(['Thank you all for your work on this. ']);
  });
  it('is satisfied by thanks anywhere', () => {
    expect(run(thanks, longRequest + ' Thanks a lot!')).toEqual([]);
  });
});

describe('no-clear-ask', () => {
  const ask = packWith({ category: 'clarity', match: { detector: 'no-clear-ask' } });
  const vague =
    'Hi Tom,\nI was looking at the supplier figures from last month. There seem to be a few differences from our forecast. ' +
    'It may be related to the exchange rate, but I am not completely sure about it.';
  it('reports an empty span after the last body sentence of a draft that asks for nothing', () => {
    const [f] = run(ask, vague);
    expect(f.scope).toBe('draft');
    expect(f.start).toBe(vague.length);
    expect(f.end).toBe(f.start);
  });
  it('is satisfied by a request or a question', () => {
    expect(run(ask, vague + ' Could you check the rate we used by Friday?')).toEqual([]);
    expect(run(ask, vague + ' What rate did you use?')).toEqual([]);
  });
});

describe('draft-level details', () => {
  it('puts the no-clear-ask insertion point before the sign-off', () => {
    const ask = packWith({ category: 'clarity', match: { detector: 'no-clear-ask' } });
    const t =
      'Hi Tom,\nI was looking at the supplier figures from last month. There seem to be a few differences from our forecast. ' +
      'Our team has reviewed the impact.\n\nBest regards,\nKenji';
    const [f] = run(ask, t);
    expect(f.start).toBe(t.indexOf('impact.') + 'impact.'.length);
  });
  it('applies a draft-level rule’s exceptions to every sentence of the draft', () => {
    const ask = packWith({
      category: 'clarity',
      match: { detector: 'no-clear-ask' },
      unless: [{ phrases: ['for your information only'] }],
    });
    const t =
      'The supplier has changed its shipping schedule for the spring. As a result, the first shipment will arrive ' +
      'two weeks later than planned. This is for your information only; no action is needed.';
    expect(run(ask, t)).toEqual([]);
  });
});

describe('draft-level tips: quiet on ordinary terse mail', () => {
  const withOrder = packWith({ category: 'imposition', match: { phrases: ['you need to'] } }, 'test/order');
  it('are tips, not findings, and stay silent on a terse routine request', () => {
    const r = analyze(longRequest, { packs: [reason, thanks] });
    expect(r.findings).toEqual([]);
    expect(r.tips).toEqual([]);
  });
  it('speak beside a real finding', () => {
    const r = analyze(longRequest + ' You need to send it today.', { packs: [reason, thanks, withOrder] });
    expect(r.findings.map((f) => f.pack)).toEqual(['test/order']);
    expect(r.tips.length).toBe(2);
  });
  it('speak in a long announcement', () => {
    const long = longRequest + ' The numbers from the Kobe plant are in the shared folder as before.'.repeat(9);
    expect(analyze(long, { packs: [reason, thanks] }).tips.length).toBeGreaterThan(0);
  });
});
