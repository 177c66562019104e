/**
 * Installed packs are prepared once, at install, and stored ready (lib/storage/install.ts,
 * lib/storage/packs.ts): at each start they are compiled as trusted, each regex when a sentence
 * holds its literals. A pack stored by another engine (another PACK_FORMAT) is checked in full
 * before use (every regex through RE2), and prepareInstalledPacks() stores it ready again.
 */
import { RE2JS } from 're2js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/engine/analyze';
import { warmPack } from '../../lib/packs/compile';
import { PACK_FORMAT } from '../../lib/packs/ready';
import type { InstalledPack } from '../../lib/storage/install';
import { installedPacks } from '../../lib/storage/items';
import { installPackSource } from '../../lib/storage/manage';
import { loadActivePacks, prepareInstalledPacks } from '../../lib/storage/packs';
import { phraseRule, teamPack } from './storage-fixtures';

vi.mock('../../lib/packs/builtin-data', () => ({ builtinReadyPacks: () => [], builtinPackSources: async () => ({}) }));

const KINDLY = '\\bkindly (?:revert|do the needful)\\b';
const regexRule = {
  ...phraseRule({ id: 'kindly-revert', phrase: 'x', replacement: 'please reply' }),
  match: { regex: KINDLY },
  suggest: ['please reply'],
  examples: { flag: ['Kindly revert by Friday.'], pass: ['Please reply by Friday.'] },
};
const source = teamPack({ id: 'acme/regex', rules: [regexRule] });
const DRAFT = 'Kindly revert by Friday. Thanks for the numbers.';
const findings = async () => analyze(DRAFT, { packs: (await loadActivePacks()).packs }).findings.map((f) => `${f.pack}/${f.rule} ${f.text}`);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('an installed pack in ready form', () => {
  it('is stored with this engine’s format and each regex’s literal pre-check', async () => {
    expect(await installPackSource(source, { file: 'acme.yaml', origin: 'file' })).toMatchObject({ status: 'installed' });
    const record = (await installedPacks.getValue())['acme/regex'];
    expect(record.ready?.format).toBe(PACK_FORMAT);
    expect(JSON.stringify(record.ready?.prefilters[KINDLY])).toContain('kindly');
  });

  it('is compiled without compiling its regex, until a sentence holds the regex’s literals', async () => {
    await installPackSource(source, { file: 'acme.yaml', origin: 'file' });
    const compiled = vi.spyOn(RE2JS, 'compile');
    try {
      const { packs } = await loadActivePacks();
      for (const p of packs) while (!warmPack(p, Infinity));
      expect(compiled.mock.calls.map((c) => c[0])).not.toContain(KINDLY);
      expect(await findings()).toEqual(['acme/regex/kindly-revert Kindly revert']);
      expect(compiled.mock.calls.map((c) => c[0])).toContain(KINDLY);
    } finally {
      compiled.mockRestore();
    }
  });
});

describe('an installed pack stored by another engine', () => {
  async function storeStale(regex: string): Promise<InstalledPack> {
    await installPackSource(source, { file: 'acme.yaml', origin: 'file' });
    const record = (await installedPacks.getValue())['acme/regex'];
    const stale: InstalledPack = {
      ...record,
      updatedAt: record.updatedAt + 1,
      pack: { ...record.pack, rules: [{ ...record.pack.rules[0], match: { regex } }] },
      ready: { format: 'an older engine', prefilters: {} },
    };
    await installedPacks.setValue({ 'acme/regex': stale });
    return stale;
  }

  it('is checked in full before use: a regex this engine refuses keeps the pack off', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await storeStale('(kindly)\\1'); // a backreference: RE2 refuses it
      expect((await loadActivePacks()).packs.map((p) => p.id)).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('acme/regex no longer compiles'), expect.anything());
      expect(await prepareInstalledPacks()).toEqual([]);
      expect((await installedPacks.getValue())['acme/regex'].ready?.format).toBe('an older engine');
    } finally {
      warn.mockRestore();
    }
  });

  it('still works when valid, and prepareInstalledPacks() stores it ready again', async () => {
    await storeStale(KINDLY);
    expect(await findings()).toEqual(['acme/regex/kindly-revert Kindly revert']);
    expect(await prepareInstalledPacks()).toEqual(['acme/regex']);
    const record = (await installedPacks.getValue())['acme/regex'];
    expect(record.ready?.format).toBe(PACK_FORMAT);
    expect(record.ready?.prefilters[KINDLY]).toBeTruthy();
    expect(await findings()).toEqual(['acme/regex/kindly-revert Kindly revert']);
    expect(await prepareInstalledPacks()).toEqual([]);
  });

  it('an unchanged re-install of it refreshes its ready form', async () => {
    await installPackSource(source, { file: 'acme.yaml', origin: 'file' });
    const record = (await installedPacks.getValue())['acme/regex'];
    await installedPacks.setValue({ 'acme/regex': { ...record, ready: undefined } });
    expect(await installPackSource(source, { file: 'acme.yaml', origin: 'file' })).toMatchObject({ status: 'unchanged' });
    expect((await installedPacks.getValue())['acme/regex'].ready?.format).toBe(PACK_FORMAT);
  });
});
