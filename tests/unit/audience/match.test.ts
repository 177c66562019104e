import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  chooseAudience,
  formatRuleLines,
  isValidPattern,
  normalizeAddress,
  parseRuleLines,
  patternMatches,
  resolveAudience,
  type AudienceRule,
} from '../../../lib/audience/match';
import { audienceRules, defaultAudience } from '../../../lib/audience/storage';

const RULES: AudienceRule[] = [
  { pattern: '*.co.jp', audience: 'consensus' },
  { pattern: 'hq.example.com', audience: 'results-first' },
  { pattern: 'kenji@partner.com', audience: 'consensus' },
];

describe('patterns', () => {
  it('match a domain suffix, an exact domain, or one address, case-insensitively', () => {
    expect(patternMatches('*.co.jp', 'kenji@acme.co.jp')).toBe(true);
    expect(patternMatches('*.co.jp', 'kenji@tokyo.acme.co.jp')).toBe(true);
    expect(patternMatches('*.co.jp', 'kenji@co.jp')).toBe(false);
    expect(patternMatches('*.co.jp', 'kenji@acme.co.jp.evil.com')).toBe(false);
    expect(patternMatches('hq.example.com', 'Dana@HQ.Example.com')).toBe(true);
    expect(patternMatches('hq.example.com', 'dana@eu.hq.example.com')).toBe(false);
    expect(patternMatches('@example.com', 'dana@example.com')).toBe(true);
    expect(patternMatches('kenji@partner.com', 'KENJI@partner.com')).toBe(true);
    expect(patternMatches('kenji@partner.com', 'aiko@partner.com')).toBe(false);
    expect(patternMatches('*', 'anyone@anywhere.org')).toBe(true);
  });

  it('are validated', () => {
    for (const ok of ['*', '*.jp', '*.co.jp', 'example.com', '@example.com', 'a.b@example.com', ' HQ.Example.com ']) {
      expect(isValidPattern(ok), ok).toBe(true);
    }
    for (const bad of ['', 'example', '*.', '**.jp', 'foo@', '@', 'exa mple.com', '*example.com', 'http://example.com']) {
      expect(isValidPattern(bad), bad).toBe(false);
    }
  });

  it('read the address out of what a compose window shows', () => {
    expect(normalizeAddress('Kenji Sato <Kenji@Acme.co.jp>')).toBe('kenji@acme.co.jp');
    expect(normalizeAddress('dana@hq.example.com')).toBe('dana@hq.example.com');
    expect(normalizeAddress('mailto:dana@hq.example.com')).toBe('dana@hq.example.com');
    expect(normalizeAddress('Remove dana@hq.example.com')).toBe('dana@hq.example.com');
    expect(normalizeAddress('Kenji Sato')).toBeNull();
    expect(normalizeAddress('someone@localhost')).toBeNull();
  });
});

describe('chooseAudience', () => {
  it('takes the audience of the rule a recipient matches', () => {
    expect(chooseAudience({ to: ['kenji@acme.co.jp'], cc: [] }, RULES, 'results-first')).toMatchObject({
      audience: 'consensus',
      source: 'rule',
      recipients: ['kenji@acme.co.jp'],
      rule: RULES[0],
    });
    expect(chooseAudience({ to: ['Dana <dana@hq.example.com>'], cc: [] }, RULES, 'consensus')).toMatchObject({
      audience: 'results-first',
      source: 'rule',
    });
  });

  it('falls back to the default with no recipients, or none that a rule matches', () => {
    expect(chooseAudience({ to: [], cc: [] }, RULES, 'consensus')).toEqual({ audience: 'consensus', source: 'default' });
    expect(chooseAudience({ to: ['pat@gmail.com'], cc: ['not an address'] }, RULES, 'results-first')).toEqual({
      audience: 'results-first',
      source: 'default',
    });
    expect(chooseAudience({ to: ['kenji@acme.co.jp'], cc: [] }, [], 'results-first').source).toBe('default');
  });

  it('uses the first matching rule for each recipient', () => {
    const rules: AudienceRule[] = [
      { pattern: 'kenji@acme.co.jp', audience: 'results-first' },
      { pattern: '*.co.jp', audience: 'consensus' },
    ];
    expect(chooseAudience({ to: ['kenji@acme.co.jp'], cc: [] }, rules, 'consensus').audience).toBe('results-first');
    expect(chooseAudience({ to: ['aiko@acme.co.jp'], cc: [] }, rules, 'results-first').audience).toBe('consensus');
  });

  it('weighs To over Cc, counts each address once, and breaks ties by rule order', () => {
    // One To (2) beats one Cc (1).
    expect(chooseAudience({ to: ['dana@hq.example.com'], cc: ['kenji@acme.co.jp'] }, RULES, 'x').audience).toBe('results-first');
    // Two Cc (2) tie with one To (2): the earlier rule (*.co.jp) wins.
    expect(
      chooseAudience({ to: ['dana@hq.example.com'], cc: ['kenji@acme.co.jp', 'aiko@acme.co.jp'] }, RULES, 'x').audience,
    ).toBe('consensus');
    // The same address in To and Cc counts once.
    const twice = chooseAudience({ to: ['dana@hq.example.com'], cc: ['kenji@acme.co.jp', 'kenji@acme.co.jp'] }, RULES, 'x');
    expect(twice.audience).toBe('results-first');
    // Several recipients of one audience are all reported.
    expect(chooseAudience({ to: ['kenji@acme.co.jp', 'kenji@partner.com'], cc: [] }, RULES, 'x')).toMatchObject({
      audience: 'consensus',
      recipients: ['kenji@acme.co.jp', 'kenji@partner.com'],
      rule: RULES[0],
    });
  });

  it('ignores invalid rules', () => {
    expect(chooseAudience({ to: ['kenji@acme.co.jp'], cc: [] }, [{ pattern: 'co jp', audience: 'x' }], 'consensus').source).toBe(
      'default',
    );
  });
});

describe('resolveAudience', () => {
  const recipients = { to: ['kenji@acme.co.jp'], cc: [] };
  it('puts the organisation lock first, then the per-draft override, then the recipients', () => {
    expect(resolveAudience({ recipients, rules: RULES, fallback: 'results-first', locked: true, override: 'consensus' })).toEqual({
      audience: 'results-first',
      source: 'locked',
    });
    expect(resolveAudience({ recipients, rules: RULES, fallback: 'consensus', override: 'results-first' })).toEqual({
      audience: 'results-first',
      source: 'override',
    });
    expect(resolveAudience({ recipients, rules: RULES, fallback: 'results-first', override: null }).audience).toBe('consensus');
  });
});

describe('rule lines', () => {
  it('parse "pattern -> audience" lines and report the bad ones by line', () => {
    const { rules, errors } = parseRuleLines('# team\n*.co.jp -> consensus\n\nHQ.example.com → results-first\nnonsense\n@acme.com: consensus');
    expect(rules).toEqual([
      { pattern: '*.co.jp', audience: 'consensus' },
      { pattern: 'hq.example.com', audience: 'results-first' },
      { pattern: 'acme.com', audience: 'consensus' },
    ]);
    expect(errors).toEqual([{ line: 5, text: 'nonsense' }]);
    expect(formatRuleLines(rules)).toBe('*.co.jp -> consensus\nhq.example.com -> results-first\nacme.com -> consensus');
  });
});

describe('storage', () => {
  it('keeps the rules and the default in local storage', async () => {
    fakeBrowser.reset();
    expect(await audienceRules.getValue()).toEqual([]);
    expect(await defaultAudience.getValue()).toBe('consensus');
    await audienceRules.setValue(RULES);
    expect(await fakeBrowser.storage.local.get('audienceRules')).toEqual({ audienceRules: RULES });
  });
});
