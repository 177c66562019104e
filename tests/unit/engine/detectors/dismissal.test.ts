import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'dismissal': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'dismissal', match: { detector: 'dismissal' }, suggest: ["<{{what}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('dismissal', () => {
  it.each([
    "I don't see the point of another meeting.",
    "I don't see the point in having another review.",
    "That's not how we do things here.",
    "We don't do it that way here.",
    "There's no point discussing this further.",
    "What's the point of these weekly reports?",
    "I don't have time for this.",
    "I really don't see the value of this exercise.",
    "Let's not waste time on edge cases nobody will hit.",
    "Your concerns about the timeline aren't really our problem.",
    "I don't see why we need another review.",
    "Honestly, there's no need for another meeting.",
    "We've been over this already.",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "There's no point worrying about it now.",
    "There's no point in you coming in early, the server is down.",
    "I don't see the point of the flag - could you explain what it does?",
    "I don't have time for this today, could we do Monday?",
    "What's the point of the new field in the form?",
    "I see the point you're making.",
    "That's exactly how we do things here, nice work.",
    "The point of the meeting is to align on Q3.",
    "Let's not waste any food at the party.",
    "No need to waste time on the formatting, the content is what matters.",
    "This isn't our problem to fix alone, let's ask IT.",
    "The delay isn't our problem, but I'm happy to help chase the vendor.",
    "There's no need for an apology, these things happen.",
    "We've covered this before, so here's a short recap.",
    "I don't see why not, let's try it.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures what is dismissed', () => {
    expect(find("I don't see the point of another meeting.")[0].suggestions).toEqual(['<another meeting>']);
    expect(find("That's not how we do things here.")[0].text).toBe("That's not how we do things here");
  });
});
