import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPackError, loadPack } from '../../lib/packs/load';

const mini = readFileSync('tests/fixtures/packs/mini.yaml', 'utf8');
const errorsOf = (src: string, file = 'p.yaml') => {
  const r = loadPack(src, file);
  return r.ok ? [] : r.errors.map(formatPackError);
};

describe('loadPack', () => {
  it('loads a valid YAML pack and the same pack as JSON', async () => {
    const r = loadPack(mini, 'mini.yaml');
    expect(r.ok).toBe(true);
    const { parse } = await import('yaml');
    const json = loadPack(JSON.stringify(parse(mini)), 'mini.json');
    expect(json.ok && json.pack.rules.length).toBe(3);
  });

  it('points at file:line:col and the field for an unknown compromise tag', () => {
    const bad = mini.replace('[<action>#Verb]', '[<action>#Verbb]');
    const line = bad.split('\n').findIndex((l) => l.includes('#Verbb')) + 1;
    const [err] = errorsOf(bad, 'rules/core.yaml');
    expect(err).toMatch(new RegExp(`^rules/core\\.yaml:${line}:\\d+ rules\\[0\\]\\.match\\.pattern: unknown tag #Verbb`));
  });

  it('refuses unknown fields (a typo must not silently disable a rule), pointing at the key', () => {
    const bad = mini.replace('    severity: suggestion', '    severity: suggestion\n    unles: []');
    const line = bad.split('\n').findIndex((l) => l.includes('unles:')) + 1;
    expect(errorsOf(bad)).toEqual([`p.yaml:${line}:5 rules[1].unles: unknown field "unles"`]);
  });

  it('refuses wrong types, missing fields, bad ids and versions', () => {
    expect(errorsOf(mini.replace('severity: warning', 'severity: loud')).join()).toMatch(/rules\[0\]\.severity/);
    expect(errorsOf(mini.replace(/^version: .*$/m, 'version: one')).join()).toMatch(/version: a semantic version/);
    expect(errorsOf(mini.replace(/^id: .*$/m, 'id: nope')).join()).toMatch(/^p\.yaml:1:5 id: scope\/name/);
    expect(errorsOf(mini.replace(/^license: .*\n/m, '')).join()).toMatch(/license: missing required field/);
    expect(errorsOf(mini.replace(/    examples:\n      flag:\n        - "You need to send[^]*?fix:/, '    fix:')).join()).toMatch(/rules\[0\]/);
  });

  it('refuses duplicate rule ids', () => {
    const bad = mini.replace('- id: caps', '- id: imperative');
    expect(errorsOf(bad).join()).toMatch(/rules\[2\]\.id: duplicate rule id "imperative"/);
  });

  it('refuses a rule with two matchers or none', () => {
    expect(errorsOf(mini.replace('match: { detector: shouting-caps }', 'match: { detector: shouting-caps, phrases: [x] }')).join()).toMatch(
      /use exactly one matcher/,
    );
    expect(errorsOf(mini.replace('match: { detector: shouting-caps }', 'match: {}')).join()).toMatch(/needs one of/);
  });

  it('refuses regexes RE2 cannot run in linear time, and templates naming unknown captures', () => {
    const withRegex = mini.replace('match: { detector: shouting-caps }', 'match: { regex: "(a)\\\\1" }');
    expect(errorsOf(withRegex).join()).toMatch(/rules\[2\]\.match\.regex: invalid regular expression/);
    const lookaround = mini.replace('match: { detector: shouting-caps }', 'match: { regex: "(?=x)y" }');
    expect(errorsOf(lookaround).join()).toMatch(/invalid regular expression/);
    const tpl = mini.replace('"{{match|lower}}"', '"{{shout}}"');
    expect(errorsOf(tpl).join()).toMatch(/rules\[2\]\.suggest\[0\]: unknown name \{\{shout\}\}/);
  });

  it('reports YAML syntax errors with a position', () => {
    expect(errorsOf('id: [unclosed\nrules: x')[0]).toMatch(/^p\.yaml:\d+:\d+ /);
    expect(errorsOf('- just\n- a list')[0]).toMatch(/must be a mapping/);
  });

  it('refuses an oversized pack quickly, without parsing it', () => {
    const huge = 'x'.repeat(10_000_000);
    const t0 = performance.now();
    const errs = errorsOf(huge);
    expect(errs[0]).toMatch(/larger than 1 MB/);
    // Not a timing assertion on the engine: a guard that we did not parse 10 MB (seconds).
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('survives a YAML alias bomb', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(errorsOf(bomb).length).toBeGreaterThan(0);
  });
});
