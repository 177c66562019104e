/**
 * Installing, updating and refusing packs, and what the checker then runs: lib/storage with
 * WXT's fakeBrowser (in-memory storage).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/engine/analyze';
import { disabledRules, installedPacks, packActivity, packSwitches, severityOverrides } from '../../lib/storage/items';
import {
  builtinIds,
  exportPackYaml,
  installPackSource,
  removePack,
  setPackEnabled,
  setRuleEnabled,
  setRuleSeverity,
} from '../../lib/storage/manage';
import { loadActivePacks, watchActivePacks, type ActivePacks } from '../../lib/storage/packs';
import { CIRCLE_BACK, DEEP_DIVE, teamPack, TOUCH_BASE } from './storage-fixtures';

// A fixed built-in pack, so these tests do not move with rules/*.yaml.
vi.mock('../../lib/packs/builtin-data', async () => {
  const { readFileSync } = await import('node:fs');
  const { readyFromFile } = await import('../helpers');
  const path = 'tests/fixtures/packs/mini.yaml';
  const ready = readyFromFile(path);
  return { builtinReadyPacks: () => [ready], builtinPackSources: async () => ({ [path]: readFileSync(path, 'utf8') }) };
});

const DRAFT = 'We should circle back on this. Can we touch base tomorrow? Time for a deep dive.';

/** Which of our team rules fire on DRAFT, as "rule:severity". */
async function teamFindings(): Promise<string[]> {
  const { packs, disabledRules: off, severityOverrides: sev } = await loadActivePacks();
  return analyze(DRAFT, { packs, disabledRules: off, severityOverrides: sev })
    .findings.filter((f) => f.pack === 'acme/house')
    .map((f) => `${f.rule}:${f.severity}`);
}

const install = (source: string, file = 'acme.yaml') => installPackSource(source, { file, origin: 'file' });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('installing a pack', () => {
  it('checks it, stores it and makes it active', async () => {
    expect(await install(teamPack())).toEqual({ status: 'installed', id: 'acme/house', version: '1.0.0', rules: 2 });
    expect(await teamFindings()).toEqual(['circle-back:warning', 'touch-base:warning']);
    const [entry] = await packActivity.getValue();
    expect(entry).toMatchObject({ origin: 'file', from: 'acme.yaml', outcome: { status: 'installed' } });
  });

  it('keeps the built-in packs active beside it', async () => {
    await install(teamPack());
    const ids = (await loadActivePacks()).packs.map((p) => p.id);
    expect(ids).toEqual([...builtinIds(), 'acme/house']);
  });

  it('exports it as the YAML it came in, and a JSON pack as YAML', async () => {
    const yaml = `# Our house style\n${teamPack()}`;
    await install(yaml);
    expect(await exportPackYaml('acme/house')).toBe(yaml);
    await install(JSON.stringify({ ...JSON.parse(JSON.stringify(await import('yaml').then((y) => y.parse(teamPack({ id: 'acme/json' }))))) }), 'j.json');
    const exported = await exportPackYaml('acme/json');
    expect(exported).toMatch(/^id: acme\/json\nversion: 1\.0\.0\n/);
    expect((await install(exported!.replace('1.0.0', '1.0.1'), 'again.yaml')).status).toBe('updated');
  });
});

describe('built-in packs', () => {
  it('keeps their ids and exports them as YAML', async () => {
    expect(await install(teamPack({ id: 'test/mini' }))).toMatchObject({ status: 'refused', reason: /is the id of a built-in pack/ });
    expect(await exportPackYaml('test/mini')).toMatch(/^id: test\/mini\n/);
  });
});

describe('a refused pack changes nothing', () => {
  const hostile: [string, string, RegExp][] = [
    ['broken YAML', 'id: acme/house\nversion: 2.0.0\nrules: [\n', /acme\.yaml:4:1 /],
    ['a 10 MB pack', teamPack({ version: '2.0.0' }) + `#${'x'.repeat(10_000_000)}`, /pack is larger than 1 MB/],
    ['an unknown field', teamPack({ version: '2.0.0', extra: { script: 'alert(1)' } }), /script: unknown field "script"/],
    ['failing examples', teamPack({ version: '2.0.0', rules: [{ ...CIRCLE_BACK, examples: { ...CIRCLE_BACK.examples, pass: ['circle back'] } }] }), /circle-back pass: "circle back" - flagged/],
    ['an older version', teamPack({ version: '0.9.0' }), /1\.0\.0 is installed; 0\.9\.0 is older/],
  ];

  it.each(hostile)('%s is refused and the earlier packs keep working', async (_what, source, error) => {
    await install(teamPack());
    const before = await installedPacks.getValue();
    const outcome = await install(source);
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'refused') expect([outcome.reason, ...outcome.errors].join('\n')).toMatch(error);
    expect(await installedPacks.getValue()).toEqual(before);
    expect(await exportPackYaml('acme/house')).toBe(teamPack());
    expect(await teamFindings()).toEqual(['circle-back:warning', 'touch-base:warning']);
    expect((await packActivity.getValue())[0].outcome.status).toBe('refused');
  });
});

describe('updating a pack', () => {
  it('replaces it with a newer version, records what changed and keeps the user’s rule settings', async () => {
    await install(teamPack());
    await setRuleSeverity('acme/house', 'circle-back', 'info');
    await setRuleEnabled('acme/house', 'touch-base', false);
    expect(await teamFindings()).toEqual(['circle-back:info']);

    const v2 = teamPack({ version: '1.1.0', rules: [{ ...CIRCLE_BACK, message: 'Say what you mean.' }, TOUCH_BASE, DEEP_DIVE] });
    const outcome = await install(v2, 'acme-1.1.yaml');
    expect(outcome).toEqual({
      status: 'updated',
      id: 'acme/house',
      from: '1.0.0',
      to: '1.1.0',
      diff: { added: ['deep-dive'], removed: [], changed: [{ id: 'circle-back', fields: ['message'] }] },
    });
    expect((await installedPacks.getValue())['acme/house'].lastChange).toMatchObject({ from: '1.0.0', to: '1.1.0' });
    expect(await teamFindings()).toEqual(['circle-back:info', 'deep-dive:warning']);
  });
});

describe('switches', () => {
  it('turns a pack off and on, and a rule back on', async () => {
    await install(teamPack());
    await setPackEnabled('acme/house', false);
    expect(await teamFindings()).toEqual([]);
    expect(await packSwitches.getValue()).toEqual({ 'acme/house': false });
    await setPackEnabled('acme/house', true);
    await setRuleEnabled('acme/house', 'circle-back', false);
    expect(await teamFindings()).toEqual(['touch-base:warning']);
    await setRuleEnabled('acme/house', 'circle-back', true);
    expect(await disabledRules.getValue()).toEqual([]);
    await setRuleSeverity('acme/house', 'circle-back', 'suggestion');
    await setRuleSeverity('acme/house', 'circle-back', null);
    expect(await severityOverrides.getValue()).toEqual({});
  });

  it('removes a pack', async () => {
    await install(teamPack());
    expect(await removePack('acme/house')).toEqual({ ok: true });
    expect(await installedPacks.getValue()).toEqual({});
    expect(await exportPackYaml('acme/house')).toBeNull();
    expect(await teamFindings()).toEqual([]);
  });
});

describe('watchActivePacks', () => {
  it('reports the active packs after every change', async () => {
    const seen: ActivePacks[] = [];
    const unwatch = watchActivePacks((a) => seen.push(a));
    await install(teamPack());
    await vi.waitFor(() => expect(seen.at(-1)?.packs.map((p) => p.id)).toContain('acme/house'));
    await setRuleSeverity('acme/house', 'circle-back', 'info');
    await vi.waitFor(() => expect(seen.at(-1)?.severityOverrides).toEqual({ 'acme/house/circle-back': 'info' }));
    unwatch();
    const count = seen.length;
    // A second watcher shows when the change has gone round; the first, stopped, hears none of it.
    const after: ActivePacks[] = [];
    const unwatchAfter = watchActivePacks((a) => after.push(a));
    await setPackEnabled('acme/house', false);
    await vi.waitFor(() => expect(after.at(-1)?.packs.map((p) => p.id)).not.toContain('acme/house'));
    unwatchAfter();
    expect(seen.length).toBe(count);
  });
});
