import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

// Category 'blame': the clarity guard then treats the span as it would in the packs.
const pack = packWith({ category: 'blame', match: { detector: 'causal-blame' }, suggest: ['<{{act}}|{{who}}|{{err}}|{{what}}|{{agent}}>'] });
const find = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('causal-blame', () => {
  it.each([
    "This outage happened because you didn't run the tests.",
    "We missed the launch because your team didn't update the config.",
    'The release slipped because Ken never sent the sign-off.',
    "Kenji's mistake cost us the demo slot.",
    "Your team's sloppiness cost us the client.",
    'Their late handoff delayed the whole release.',
    "You're the reason we missed the deadline.",
    "If sales had given us accurate requirements, we wouldn't be in this mess.",
    'If the vendor had tested the patch, this would never have happened.',
  ])('flags %j', (t) => {
    expect(find(t)).toHaveLength(1);
  });

  it.each([
    "Because you didn't have access, I've added you to the group.",
    "This broke because I didn't run the tests, sorry.",
    "My mistake cost us a day; I've fixed the script.",
    "You're the reason we won the account, thank you!",
    'If we had more time, we would have added tests.',
    "Since you didn't get the invite, I've resent it.",
    "As you didn't mention a date, I assumed Friday is fine.",
    "If I had checked the logs, we wouldn't have lost an hour.",
    'Your changes saved us a week, thank you!',
    'What was the reason we missed the deadline?',
  ])('leaves %j alone', (t) => {
    expect(find(t)).toEqual([]);
  });

  it('captures the act, the error, the failure or the other team', () => {
    expect(find("This outage happened because you didn't run the tests.")[0].suggestions).toEqual(['<run the tests||||>']);
    expect(find("Kenji's mistake cost us the demo slot.")[0].text).toBe("Kenji's mistake");
    expect(find("You're the reason we missed the deadline.")[0].suggestions).toEqual(['<|||we missed the deadline|>']);
    expect(find("If sales had given us accurate requirements, we wouldn't be in this mess.")[0].suggestions).toEqual(['<||||sales>']);
  });
});
