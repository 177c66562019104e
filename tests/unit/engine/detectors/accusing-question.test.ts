import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'confrontation': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'confrontation', match: { detector: 'accusing-question' }, suggest: ["<{{act}}>"] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('accusing-question', () => {
  it.each([
    "Whose idea was it to ship this without testing?",
    "Whose idea was this?",
    "How hard is it to update the ticket?",
    "How hard can it be?",
    "Did anyone even look at the logs?",
    "What part of \"no\" don't you understand?",
    "Is anyone actually reading these emails?",
    "Was anyone planning to tell me?",
    "How many times do I have to ask?",
    "Why wasn't this caught in review?",
    "Why wasn't I told?",
    "Why is this still not done?",
    "Why didn't anyone tell me?",
    "Did no one think to check the calendar?",
    "What were you thinking?",
    "Seriously, how is this still not fixed?",
    "Are you even listening?",
    "So, did anybody bother to test it?",
    "Is it really that hard to reply to an email?",
    "Why is it so hard to get a straight answer?",
    "Do you ever read your email?",
    "Did you not read the brief?",
    "Who signed off on this mess?",
    "Why did nobody flag this before the release?",
    "Has anyone on your team even opened the ticket?",
    "Why haven't these been updated?",
    "Why am I only hearing about this now?",
    "Why does this keep happening?",
    "Is this a joke?",
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "Why did the build fail? The logs show a timeout.",
    "How hard would it be to add a filter?",
    "How hard is it to get a visa for Japan?",
    "Did anyone see my charger?",
    "Is anyone actually using the old dashboard?",
    "Why didn't I think of that?",
    "Why wasn't the alert triggered?",
    "Does anyone care if I take the window seat?",
    "Why was this flagged by the scanner?",
    "How could we improve the onboarding?",
    "What part of the city is the office in?",
    "How many times should we run the test?",
    "Has anyone tested the new build yet?",
    "Why is this still open? I thought we merged the fix.",
    "How hard is it to update the ticket.",
    "I asked why nobody had been told.",
    "Is it really that hard to learn Japanese?",
    "Do you ever read fiction on the train?",
    "Why is it so hard to find parking near the office?",
    "Could someone explain why the API returns 404 here?",
    "Who decided on the venue? It's perfect.",
    "Why is the build still running?",
    "Is this a joke or a real request? Either way, happy to help.",
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('spans the whole question and captures the action where the shape has one', () => {
    const [f] = find('How hard is it to update the ticket?');
    expect(f.text).toBe('How hard is it to update the ticket');
    expect(f.suggestions).toEqual(['<update the ticket>']);
    expect(find('Did anyone even look at the logs?')[0].suggestions).toEqual(['<look at the logs>']);
    expect(find('Whose idea was this?')[0].suggestions).toEqual(['<>']);
  });
});
