/**
 * Packs in ready form (lib/packs/ready.ts): the built-in packs are validated, tested and given
 * their regexes' pre-checks once, at build (scripts/build-packs.mjs); compiled from that form they
 * judge exactly as the same packs loaded from YAML and checked in full. A pack with a failing
 * example or a bad regex never reaches that form, and the build stops on it.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RE2JS } from 're2js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { builtinPackSources, builtinReadyPacks, loadBuiltinPacks } from '../../lib/packs/builtin';
import { compilePack, warmPack } from '../../lib/packs/compile';
import { preparePack } from '../../lib/packs/prepare';
import { compileReadyPack, packPrefilters, type Prefilters } from '../../lib/packs/ready';
import { packFormat, prepareBuiltinPacks, readyPacks } from '../../scripts/build-packs.mjs';
import { packFromFile } from '../helpers';

const email = readFileSync('scripts/fixtures/email-250.txt', 'utf8');
const findingsOf = (text: string, packs: ReturnType<typeof loadBuiltinPacks>) =>
  analyze(text, { packs, audience: 'consensus', tips: 'all' }).findings.map((f) => `${f.pack}/${f.rule} ${f.start}-${f.end} ${f.suggestions.join(' | ')}`);

describe('the built-in packs in ready form', () => {
  const fromYaml = ['rules/core.yaml', 'rules/results-first.yaml'].map(packFromFile);

  it('are every rules/*.yaml, with the same data the YAML holds', async () => {
    const ready = builtinReadyPacks();
    expect(ready.map((r) => r.file)).toEqual(Object.keys(await builtinPackSources()));
    for (const r of ready) {
      const yaml = fromYaml.find((p) => p.id === r.id)!;
      expect(r.pack).toEqual(yaml.pack);
      expect(r.audience).toBe(yaml.audience);
    }
  });

  it('hold a pre-check for every case-insensitive regex, most of them with literals (apart from the data)', () => {
    const prefilters = import.meta.glob('../../rules/*.yaml', { query: '?prefilters', import: 'default', eager: true }) as Record<string, Prefilters>;
    for (const data of builtinReadyPacks()) {
      expect(data).not.toHaveProperty('prefilters');
      const r = { ...data, prefilters: prefilters[`../../${data.file}`] };
      const regexes = r.pack.rules.flatMap((rule) => [rule.match, ...(rule.unless ?? [])]).filter((m) => 'regex' in m && m.regex && !m.caseSensitive);
      expect(Object.keys(r.prefilters).length).toBe(new Set(regexes.map((m) => (m as { regex: string }).regex)).size);
      const withLiterals = Object.values(r.prefilters).filter((pf) => pf !== null && pf !== 0).length;
      expect(withLiterals / Object.keys(r.prefilters).length).toBeGreaterThan(0.8);
    }
  });

  it('judge a real email and every flag example exactly as the packs loaded from YAML and checked in full', () => {
    const ready = loadBuiltinPacks();
    const texts = [email, ...fromYaml.flatMap((p) => p.rules.flatMap((r) => r.definition.examples.flag))];
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(findingsOf(text, ready), text).toEqual(findingsOf(text, fromYaml));
    expect(findingsOf(email, ready).length).toBeGreaterThan(0);
  });
});

describe('preparePack', () => {
  it('keeps a valid pack with the number of examples that passed', () => {
    const r = preparePack(readFileSync('tests/fixtures/packs/mini.yaml', 'utf8'), 'mini.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.examples).toBeGreaterThan(5);
    expect(r.ready).toMatchObject({ file: 'mini.yaml', id: 'test/mini', audience: 'consensus' });
    // Compiled from the ready form, it finds what the checked pack finds.
    const text = 'You need to send the report by Friday. Send me the numbers by noon.';
    expect(findingsOf(text, [compileReadyPack(r.ready)])).toEqual(findingsOf(text, [packFromFile('tests/fixtures/packs/mini.yaml')]));
  });

  it('refuses a pack whose examples fail, naming the rule and the example', () => {
    const r = preparePack(readFileSync('tests/fixtures/packs/failing-examples.yaml', 'utf8'), 'failing.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/failing\.yaml: \S+ (flag|pass|fix): "/);
  });

  it('refuses a regex RE2 cannot run, with its position', () => {
    const source = readFileSync('tests/fixtures/packs/mini.yaml', 'utf8').replace('pattern: "you (need|have) to [<action>#Verb]"', 'regex: "(a)\\\\1"');
    const r = preparePack(source, 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^bad\.yaml:\d+:\d+ rules\[0\]\.match\.regex: invalid regular expression/);
  });
});

describe('packPrefilters', () => {
  it('gives nested literal checks compactly, and nothing for a case-sensitive regex', () => {
    const base = JSON.parse(JSON.stringify(packFromFile('tests/fixtures/packs/mini.yaml').pack));
    base.rules[0].match = { regex: '\\b(?:please|kindly) (?:send|share) it\\b' };
    base.rules[1].match = { regex: 'ASAP', caseSensitive: true };
    for (const rule of base.rules) rule.suggest = ['Could you send it?'];
    const pf = packPrefilters(base);
    expect(Object.keys(pf)).toEqual(['\\b(?:please|kindly) (?:send|share) it\\b']);
    expect(JSON.stringify(pf)).toContain('please');
    expect(JSON.stringify(pf)).toContain('kindly');
    // A pack compiled with them still finds the same things (the pre-check only skips work).
    const text = 'Kindly share it today. Please review it. KINDLY SEND IT.';
    const ready = compileReadyPack({ pack: base, prefilters: pf });
    const full = compilePack(base);
    const spans = (p: typeof full) => analyze(text, { packs: [p], tips: 'all' }).findings.map((f) => `${f.rule} ${f.start}-${f.end}`);
    expect(spans(ready)).toEqual(spans(full));
    expect(spans(ready).filter((s) => s.startsWith(base.rules[0].id))).toHaveLength(2);
  });
});

describe('warmPack on a ready pack', () => {
  it('compiles only the regexes with no literal pre-check; the others when a sentence holds their literals', () => {
    const base = JSON.parse(JSON.stringify(packFromFile('tests/fixtures/packs/mini.yaml').pack));
    const withLiterals = '\\bkindly (?:do|send) (?:this|that) now\\b';
    const without = '\\b\\d{3,}[.-]\\d{3,}\\b';
    base.rules[0].match = { regex: withLiterals };
    base.rules[1].match = { regex: without };
    for (const rule of base.rules) rule.suggest = ['Could you do it?'];
    const prefilters = packPrefilters(base);
    expect(prefilters[withLiterals]).toBeTruthy();
    expect(prefilters[without]).toBeFalsy();
    const compiled = vi.spyOn(RE2JS, 'compile');
    try {
      const pack = compileReadyPack({ pack: base, prefilters });
      while (!warmPack(pack, Infinity));
      const sources = () => compiled.mock.calls.map((c) => c[0]);
      expect(sources()).toContain(without);
      expect(sources()).not.toContain(withLiterals);
      analyze('Nothing to see here.', { packs: [pack] });
      expect(sources()).not.toContain(withLiterals);
      const found = analyze('Kindly send this now.', { packs: [pack] }).findings;
      expect(sources()).toContain(withLiterals);
      expect(found.map((f) => f.rule)).toContain(base.rules[0].id);
    } finally {
      compiled.mockRestore();
    }
  });
});

describe('the build step (scripts/build-packs.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails, naming the example, when a pack in the rules folder has a failing example', async () => {
    copyFileSync('tests/fixtures/packs/mini.yaml', join(dir, 'a.yaml'));
    copyFileSync('tests/fixtures/packs/failing-examples.yaml', join(dir, 'b.yaml'));
    const r = await prepareBuiltinPacks({ rulesDir: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/b\.yaml: \S+ (flag|pass|fix): "/);
    // Through the Vite plugin, the module import fails (so `wxt build` fails).
    const plugin = readyPacks({ rulesDir: dir });
    const ctx = {
      error: (m: string) => {
        throw new Error(m);
      },
      addWatchFile: () => {},
    };
    const load = plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string | null>;
    await expect(load.call(ctx, `${join(dir, 'a.yaml')}?ready`)).rejects.toThrow(/built-in packs are not ready: \d+ problem/);
    expect(await load.call(ctx, `${join(dir, 'a.yaml')}`)).toBeNull();
  }, 120_000);

  it('makes a module of a valid pack, and a format key that changes with the code that reads it', async () => {
    rmSync(join(dir, 'b.yaml'));
    const plugin = readyPacks({ rulesDir: dir });
    const ctx = { error: (m: string) => Promise.reject(new Error(m)), addWatchFile: () => {} };
    const load = plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string>;
    const moduleValue = async (id: string) => JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);$/.exec(await load.call(ctx, id))![1]));
    const ready = await moduleValue(`${join(dir, 'a.yaml')}?ready`);
    expect(ready.id).toBe('test/mini');
    expect(ready).not.toHaveProperty('prefilters');
    expect(await moduleValue(`${join(dir, 'a.yaml')}?prefilters`)).toEqual({}); // patterns only: no regex
    expect(ready.pack).toEqual(packFromFile('tests/fixtures/packs/mini.yaml').pack);
    expect(packFormat()).toMatch(/^[0-9a-f]{16}$/);
    expect(__NEMAWASHI_PACK_FORMAT__).toBe(packFormat());
  }, 120_000);
});
