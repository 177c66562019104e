/** Whether a pack may be installed and what installing it changes (pure: no storage). */
import { describe, expect, it } from 'vitest';
import { checkPack, compareSemver, describeDiff, planInstall, type InstalledPack } from '../../lib/storage/install';
import type { Pack } from '../../lib/packs/schema';
import { CIRCLE_BACK, DEEP_DIVE, phraseRule, teamPack, TOUCH_BASE } from './storage-fixtures';

function pack(source: string): Pack {
  const r = checkPack(source, 'pack.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack.pack;
}

function record(p: Pack, extra: Partial<InstalledPack> = {}): InstalledPack {
  return { pack: p, origin: 'file', installedAt: 1, updatedAt: 1, ...extra };
}

const NOW = 1_000;
const NO_BUILTINS = new Set<string>();

describe('compareSemver', () => {
  it('orders versions by semver precedence', () => {
    const sorted = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0'];
    for (let i = 1; i < sorted.length; i++) {
      expect(compareSemver(sorted[i - 1], sorted[i]), `${sorted[i - 1]} < ${sorted[i]}`).toBe(-1);
      expect(compareSemver(sorted[i], sorted[i - 1])).toBe(1);
    }
    expect(compareSemver('1.2.3+build.5', '1.2.3')).toBe(0);
  });
});

describe('checkPack', () => {
  it('accepts a pack whose examples all pass', () => {
    const r = checkPack(teamPack(), 'acme.yaml');
    expect(r.ok && r.examples).toBe(6);
  });

  it.each([
    ['an unknown field', teamPack({ extra: { colour: 'red' } }), /acme\.yaml:\d+:1 colour: unknown field "colour"/],
    ['a wrong type', teamPack({ rules: [{ ...CIRCLE_BACK, severity: 3 }] }), /rules\[0\]\.severity: /],
    ['a duplicate rule id', teamPack({ rules: [CIRCLE_BACK, { ...TOUCH_BASE, id: 'circle-back' }] }), /rules\[1\]\.id: duplicate rule id "circle-back" \(first at rules\[0\]\)/],
    ['missing examples', teamPack({ rules: [{ ...CIRCLE_BACK, examples: undefined }] }), /rules\[0\]\.examples: missing required field/],
    ['broken YAML', 'id: acme/x\nrules: [\n', /acme\.yaml:3:1 /],
    ['a regex RE2 refuses', teamPack({ rules: [{ ...CIRCLE_BACK, match: { regex: '(a)\\1' } }] }), /rules\[0\]\.match\.regex: /],
  ])('refuses %s with file, line and field', (_what, source, error) => {
    const r = checkPack(source, 'acme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(error);
  });

  it('refuses a pack whose examples fail, listing every failure', () => {
    const wrong = { ...CIRCLE_BACK, examples: { ...CIRCLE_BACK.examples, pass: ['Let us circle back later.'], flag: ['Nothing here.'] } };
    const r = checkPack(teamPack({ rules: [wrong, TOUCH_BASE] }), 'acme.yaml');
    expect(r).toMatchObject({ ok: false, reason: 'acme/house 1.0.0: 2 examples failed' });
    if (!r.ok) {
      expect(r.errors).toEqual([
        'circle-back flag: "Nothing here." - not flagged',
        'circle-back pass: "Let us circle back later." - flagged "circle back"',
      ]);
    }
  });

  it('refuses a 10 MB pack on its size, before parsing it', () => {
    const huge = teamPack() + `# ${'x'.repeat(10_000_000)}\n`;
    const r = checkPack(huge, 'huge.yaml');
    expect(r).toMatchObject({ ok: false, errors: ['huge.yaml:1:1 pack is larger than 1 MB'] });
  });
});

describe('planInstall', () => {
  const v1 = pack(teamPack());
  const v2 = pack(teamPack({ version: '1.1.0', rules: [{ ...CIRCLE_BACK, severity: 'suggestion' }, DEEP_DIVE] }));

  it('installs a new pack', () => {
    const plan = planInstall({}, NO_BUILTINS, v1, { origin: 'file', now: NOW });
    expect(plan.outcome).toEqual({ status: 'installed', id: 'acme/house', version: '1.0.0', rules: 2 });
    expect(plan.record).toMatchObject({ pack: v1, origin: 'file', installedAt: NOW, updatedAt: NOW });
  });

  it('replaces an installed pack with a newer version and says what changed', () => {
    const plan = planInstall({ 'acme/house': record(v1) }, NO_BUILTINS, v2, { origin: 'file', now: NOW });
    const diff = { added: ['deep-dive'], removed: ['touch-base'], changed: [{ id: 'circle-back', fields: ['severity'] }] };
    expect(plan.outcome).toEqual({ status: 'updated', id: 'acme/house', from: '1.0.0', to: '1.1.0', diff });
    expect(plan.record).toMatchObject({ installedAt: 1, updatedAt: NOW, lastChange: { from: '1.0.0', to: '1.1.0', at: NOW, diff } });
    expect(describeDiff(diff)).toBe('1 added (deep-dive), 1 removed (touch-base), 1 changed (circle-back)');
  });

  it('does nothing for the same version with the same content', () => {
    const plan = planInstall({ 'acme/house': record(v1) }, NO_BUILTINS, v1, { origin: 'file', now: NOW });
    expect(plan.outcome).toEqual({ status: 'unchanged', id: 'acme/house', version: '1.0.0' });
  });

  it('compares packs by content, not by the order of their keys (storage sorts them)', () => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort().map(([k, x]) => [k, sortKeys(x)])) : v;
    const stored = sortKeys(v1) as Pack;
    expect(Object.keys(stored.rules[0].examples)).toEqual(['fix', 'flag', 'pass']);
    expect(planInstall({ 'acme/house': record(stored) }, NO_BUILTINS, v1, { origin: 'url', url: 'https://x', now: NOW }).outcome.status).toBe('unchanged');
    const plan = planInstall({ 'acme/house': record(stored) }, NO_BUILTINS, v2, { origin: 'url', url: 'https://x', now: NOW });
    expect(plan.outcome).toMatchObject({ status: 'updated', diff: { changed: [{ id: 'circle-back', fields: ['severity'] }] } });
  });

  it('refuses an older version, and a changed pack that kept its version', () => {
    expect(planInstall({ 'acme/house': record(v2) }, NO_BUILTINS, v1, { origin: 'url', url: 'https://x', now: NOW }).outcome).toMatchObject({
      status: 'refused',
      reason: 'acme/house 1.1.0 is installed; 1.0.0 is older',
    });
    const edited = pack(teamPack({ rules: [CIRCLE_BACK] }));
    expect(planInstall({ 'acme/house': record(v1) }, NO_BUILTINS, edited, { origin: 'file', now: NOW }).outcome).toMatchObject({
      status: 'refused',
      reason: 'acme/house 1.0.0 is already installed with different content: a changed pack needs a new version',
    });
  });

  it("refuses a built-in pack's id", () => {
    const plan = planInstall({}, new Set(['acme/house']), v1, { origin: 'paste', now: NOW });
    expect(plan.outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(/is the id of a built-in pack/) });
    expect(plan.record).toBeUndefined();
  });

  it("keeps the organisation's pack: only its policy replaces it, and it replaces a user's copy", () => {
    const managed = record(v1, { origin: 'managed', url: 'https://packs.acme.example/house.yaml', locked: true });
    expect(planInstall({ 'acme/house': managed }, NO_BUILTINS, v2, { origin: 'file', now: NOW }).outcome).toMatchObject({
      status: 'refused',
      reason: 'acme/house is managed by your organisation and can only be updated by its policy',
    });
    const takeOver = planInstall({ 'acme/house': record(v2) }, NO_BUILTINS, v1, { origin: 'managed', url: 'https://p/x.yaml', locked: true, now: NOW });
    expect(takeOver.outcome).toMatchObject({ status: 'updated', from: '1.1.0', to: '1.0.0' });
    expect(takeOver.record).toMatchObject({ origin: 'managed', locked: true });
  });

  it('lets the rule editor save its own pack again', () => {
    const edited = pack(teamPack({ rules: [CIRCLE_BACK, phraseRule({ id: 'sync-up', phrase: 'sync up', replacement: 'meet' })] }));
    const plan = planInstall({ 'acme/house': record(v1, { origin: 'editor' }) }, NO_BUILTINS, edited, { origin: 'editor', now: NOW });
    expect(plan.outcome).toMatchObject({ status: 'updated', diff: { added: ['sync-up'], removed: ['touch-base'] } });
  });
});
