import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { SentenceContext } from '../../lib/engine/context';
import { sentenceCues } from '../../lib/engine/detectors/cues';
import type { DraftView } from '../../lib/engine/detectors/draft';
import {
  FINDING_FEATURES,
  FRICTION_FEATURES,
  FRICTION_WEIGHTS,
  computeFriction,
  frictionFeatures,
} from '../../lib/engine/friction';
import { maskNonAuthored } from '../../lib/engine/mask';
import { POLITE_FEATURES, POLITENESS_FEATURES, politenessFeaturesOfText } from '../../lib/engine/politeness';
import { splitSentences } from '../../lib/engine/sentences';
import type { Finding, Severity } from '../../lib/engine/types';
import { packFromFile } from '../helpers';

const core = packFromFile('rules/core.yaml');
const withCore = (t: string) => analyze(t, { packs: [core], audience: 'consensus' });
const noPacks = (t: string) => analyze(t, { packs: [] });

/** The DraftView analyze() would build. */
function draftOf(text: string): { draft: DraftView; masked: string } {
  const masked = maskNonAuthored(text).text;
  const sentences = splitSentences(masked)
    .filter((s) => /[\p{L}\p{N}]/u.test(masked.slice(s.start, s.end)))
    .map((s) => ({ ...s, cues: sentenceCues(new SentenceContext(masked.slice(s.start, s.end), text.slice(s.start, s.end))) }));
  return { draft: { sentences, words: sentences.reduce((n, s) => n + s.cues.words, 0) }, masked };
}

function finding(severity: Severity, i = 0): Finding {
  return {
    rule: `r${i}`,
    pack: 'test/p',
    category: 'imposition',
    severity,
    scope: 'span',
    start: 0,
    end: 1,
    text: 'x',
    message: 'm',
    why: 'w',
    suggestions: [],
  };
}

const friction = (text: string, findings: Finding[]) => {
  const { draft, masked } = draftOf(text);
  return computeFriction(findings, draft, masked);
};

const NEUTRAL = [
  'The meeting is at 3pm on Tuesday in room 4B.',
  'The Q3 report is attached. Revenue was 4% above plan.',
  'I will be out of the office on Friday.',
  'The build failed on Monday. I am looking into it.',
  'The new office opens in April.\nParking is on level 2.',
];
const POLITE = [
  'Thanks so much for the update, Kenji. Could you send the slides when you have a moment?',
  'Hi team, the release is on track. Let me know if you have any questions.',
  'I really appreciate your help with the migration. Would it be possible to review the plan on Thursday?',
  'Sorry for the short notice. If you have time, could we move the call to 4pm? Thank you!',
  'Great work on the demo yesterday! What do you think about showing it to the sales team too?',
];

describe('friction', () => {
  it('is 0 for an empty draft and for plain neutral messages', () => {
    expect(withCore('').friction).toBe(0);
    expect(withCore('   \n  ').friction).toBe(0);
    for (const t of NEUTRAL) {
      expect(withCore(t).findings, t).toEqual([]);
      expect(withCore(t).friction, t).toBe(0);
    }
  });

  it('is 0 (or at most low) for courteous messages', () => {
    for (const t of POLITE) expect(withCore(t).friction, t).toBe(0);
  });

  it('is high for drafts with warnings', () => {
    for (const t of [
      'You need to send the report by Friday. No excuses.',
      'We have decided to move the launch. Everyone will work on Saturday.',
      'That is completely wrong. Fix it ASAP!!!',
      "Why didn't you test this before the release? This is totally unacceptable.",
    ]) {
      const r = withCore(t);
      expect(r.findings.some((f) => f.severity === 'warning'), t).toBe(true);
      expect(r.friction, t).toBeGreaterThanOrEqual(50);
    }
  });

  it('without findings, politeness strategies alone never outweigh one warning, and courtesy never raises friction', () => {
    // Fitted on the labelled corpus (real mail), the strategies carry little weight of their own:
    // the findings (rules and the learned layer) drive friction.
    const blunt = noPacks('Why did you delete my section? Did you even read the talk page?!').friction;
    const polite = noPacks('Thanks for looking at my section. Could you tell me what was wrong with it?').friction;
    expect(blunt).toBeGreaterThanOrEqual(polite);
    expect(polite).toBe(0);
    expect(blunt).toBeLessThan(friction(NEUTRAL[0], [finding('warning')]));
  });

  it('one warning alone reads as clearly elevated; courtesy elsewhere does not cancel it', () => {
    const neutral = NEUTRAL[0];
    expect(friction(neutral, [finding('warning')])).toBeGreaterThanOrEqual(55);
    const courteous = `${POLITE[0]} ${neutral}`;
    expect(friction(courteous, [finding('warning')])).toBe(friction(neutral, [finding('warning')]));
  });

  it('is monotone in added warnings, and in added findings of any severity', () => {
    for (const text of [...NEUTRAL, ...POLITE, 'Why did you do that? So what?']) {
      let prev = friction(text, []);
      for (let n = 1; n <= 12; n++) {
        const f = friction(
          text,
          Array.from({ length: n }, (_, i) => finding('warning', i)),
        );
        expect(f).toBeGreaterThanOrEqual(prev);
        if (prev < 95) expect(f).toBeGreaterThan(prev);
        prev = f;
      }
    }
    const sev = fc.constantFrom<Severity>('info', 'suggestion', 'warning');
    fc.assert(
      fc.property(fc.array(sev, { maxLength: 12 }), sev, fc.constantFrom(...NEUTRAL, ...POLITE), (sevs, extra, text) => {
        const base = sevs.map((s, i) => finding(s, i));
        expect(friction(text, [...base, finding(extra, 99)])).toBeGreaterThanOrEqual(friction(text, base));
      }),
      { numRuns: 300 },
    );
  });

  it('stays an integer in 0..100 for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom<Severity>('info', 'suggestion', 'warning'), { maxLength: 30 }), (text, sevs) => {
        const f = friction(
          text,
          sevs.map((s, i) => finding(s, i)),
        );
        expect(Number.isInteger(f)).toBe(true);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('matches what analyze() returns (analyze passes the masked text)', () => {
    for (const t of [...NEUTRAL, ...POLITE, 'You need to fix this now. Why is it still broken?']) {
      const r = withCore(t);
      expect(friction(t, r.findings), t).toBe(r.friction);
    }
  });

  it('ignores quoted reply text and quotations', () => {
    const mine = 'Thanks, I will look into it.';
    const quoted = `${mine}\n\nOn Mon, 3 Jun 2024 at 10:02, Aiko <aiko@example.jp> wrote:\n> Why did you break the build?! This is totally wrong!!`;
    expect(withCore(quoted).friction).toBe(withCore(mine).friction);
  });

  it('still works without the text (cues only), as before', () => {
    const { draft } = draftOf(NEUTRAL[0]);
    expect(computeFriction([], draft)).toBe(0);
    expect(computeFriction([finding('warning')], draft)).toBeGreaterThanOrEqual(55);
  });

  it('has weights that read the way their strategies are meant', () => {
    for (const f of POLITE_FEATURES) expect(FRICTION_WEIGHTS[f], f).toBeLessThanOrEqual(0);
    for (const f of POLITENESS_FEATURES.filter((p) => !(POLITE_FEATURES as readonly string[]).includes(p))) {
      expect(FRICTION_WEIGHTS[f], f).toBeGreaterThanOrEqual(0);
    }
    for (const f of FINDING_FEATURES) expect(FRICTION_WEIGHTS[f], f).toBeGreaterThan(0);
    expect(Object.keys(FRICTION_WEIGHTS).sort()).toEqual([...FRICTION_FEATURES].sort());
  });
});

describe('politeness features', () => {
  const on = (text: string) => {
    const x = politenessFeaturesOfText(text);
    return POLITENESS_FEATURES.filter((_, i) => x[i] === 1);
  };

  it('finds the strategies of Danescu-Niculescu-Mizil et al. (2013)', () => {
    expect(on('Thanks for the review!')).toContain('gratitude');
    expect(on('Sorry to bother you again.')).toContain('apology');
    expect(on('Hi Kenji, hope you are well.')).toContain('greeting');
    expect(on('Nice work on the slides.')).toContain('deference');
    expect(on('Could you please check the numbers?')).toEqual(expect.arrayContaining(['please', 'counterfactualModal']));
    expect(on('Please check the numbers.')).toContain('pleaseStart');
    expect(on('Please check the numbers.')).not.toContain('please');
    expect(on('I think we might need more time.')).toContain('hedge');
    expect(on('Why did you change it?')).toEqual(expect.arrayContaining(['whyQuestion', 'directQuestion', 'question']));
    expect(on("Don't you see the problem?")).toContain('negativeQuestion');
    expect(on('So what is the plan?')).toContain('directStart');
    expect(on('You forgot the attachment.')).toEqual(expect.arrayContaining(['secondPersonStart', 'accusation']));
    expect(on('In fact, the numbers are wrong.')).toEqual(expect.arrayContaining(['factuality', 'negativeLexicon']));
    expect(on('Is this a joke?? Answer me!')).toEqual(expect.arrayContaining(['insistentPunctuation', 'exclamation']));
    expect(on('Thanks, but that will not work.')).toContain('butAfterCourtesy');
    expect(on('What is the status? When will it ship?')).toContain('severalQuestions');
    expect(on('It would help if the draft were shorter.')).toContain('subjunctive');
    expect(on('Could you check it?')).not.toContain('subjunctive');
    expect(on('Yesterday I sent my notes.')).toContain('firstPerson');
  });

  it('finds nothing in a plain statement', () => {
    expect(on('The meeting is at 3pm on Tuesday in room 4B.')).toEqual([]);
  });

  it('gives the same features whatever the order of calls (per-sentence cache)', () => {
    const t = 'Why is this late? Thanks anyway.';
    const a = frictionFeatures([], t.split(/(?<=[?.])\s+/));
    frictionFeatures([], ['Why is this late?']);
    const b = frictionFeatures([], t.split(/(?<=[?.])\s+/));
    expect([...a]).toEqual([...b]);
  });
});
