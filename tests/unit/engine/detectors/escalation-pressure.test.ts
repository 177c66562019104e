import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'confrontation', so that the clarity guard lets the capture through to be checked.
const pack = packWith({ category: 'confrontation', match: { detector: 'escalation-pressure' }, suggest: ["<{{boss}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('escalation-pressure', () => {
  it.each([
    "I'm copying your director so this gets resolved.",
    "I've added your manager to this thread so this gets resolved.",
    "Looping in your boss so we can finally get an answer.",
    "I'll raise this with your director if it slips again.",
    "I'm cc'ing Kenji's manager on this.",
    "Adding your VP so we can close this out.",
    "I'll talk to your manager if this happens again.",
    "I've escalated this to your VP.",
    "Your director will hear about this.",
    "I'll be letting your manager know if this happens again.",
    "I'm forwarding this to your manager so it gets done.",
    "I'll take this up with your boss if it happens again.",
    "Copying Sato-san's boss here.",
    "If I don't hear back by noon, I'll go to your VP.",
    "I'm going to have to involve your manager.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "I'm copying my manager so she can approve the budget.",
    "I've added your manager to the invite, as she asked to join.",
    "Copying your manager so she sees what a great job you did.",
    "Should I loop in your manager?",
    "Happy to loop in your manager if that helps.",
    "I'll talk to your manager about your leave request.",
    "Your manager asked me to send this.",
    "I'm copying your director for sign-off on the budget.",
    "I'll let your manager know you did a great job.",
    "Looping in your lead, who owns the API.",
    "I've cc'd your manager since she asked to be kept in the loop.",
    "Adding your manager for visibility on the award nomination.",
    "If you'd like, I can loop in your manager.",
    "If it helps, I'm happy to loop in your director.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('spans the escalation and captures the superior', () => {
    const [f] = find("I'm copying your director so this gets resolved.");
    expect(f.text).toBe('copying your director');
    expect(f.suggestions).toEqual(['<your director>']);
  });
});
