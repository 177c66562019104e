/**
 * Issue 10, hole 1 and 7: what a hostile pack can reach. Every regex a pack can write runs on RE2
 * (pattern and unless tokens included) or is refused at lint naming the rule and field; a group
 * named __proto__ is refused; limits on example and message length.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { compileTemplate, renderTemplate } from '../../lib/engine/templates';
import { runExamples } from '../../lib/packs/examples';
import { formatPackError, loadPack } from '../../lib/packs/load';
import { LIMITS } from '../../lib/packs/schema';

const mini = readFileSync('tests/fixtures/packs/mini.yaml', 'utf8');

function pack(rules: string): string {
  return `id: evil/pack
version: 1.0.0
name: Evil
description: hostile
language: en
audience: consensus
license: MIT
rules:
${rules}`;
}

function rule(id: string, body: string, examples = 'flag: ["send it"]\n      pass: ["nothing here"]'): string {
  return `  - id: ${id}
    category: imposition
    severity: warning
${body}
    message: "m"
    why: "w"
    examples:
      ${examples}
`;
}

const errorsOf = (src: string) => {
  const r = loadPack(src, 'evil.yaml');
  return r.ok ? [] : r.errors.map(formatPackError);
};

describe('regex tokens in compromise patterns run on RE2', () => {
  // With the native engine each of these backtracks for seconds to forever on one long word.
  const src = pack(
    rule('evil-match', '    match:\n      pattern: "/^(.|.|.|.)*[0-9]$/"', 'flag: ["internationalization9"]\n      pass: ["internationalization"]') +
      rule(
        'evil-unless',
        '    match:\n      phrases: ["send"]\n    unless:\n      - pattern: "/(x+x+)+y/"',
        'flag: ["send xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx it"]\n      pass: ["send xxxxy it"]',
      ) +
      rule('in-choice', '    match:\n      pattern: "(please|/^a*a*a*a*a*a*a*a*a*a*a*b$/) send"', 'flag: ["aaab send"]\n      pass: ["aaaa send"]'),
  );

  it('accepts the pack, and its examples (the hanging words) pass', () => {
    const r = loadPack(src, 'evil.yaml');
    expect(r.ok ? [] : r.errors.map(formatPackError)).toEqual([]);
    if (!r.ok) return;
    expect(runExamples(r.pack).failures).toEqual([]);
  });

  it('checks words that hang a backtracking engine, with the same answers', () => {
    const r = loadPack(src, 'evil.yaml');
    if (!r.ok) throw new Error('pack refused');
    const long = 'x'.repeat(40);
    const words = ['internationalization', `${'a'.repeat(40)} send`, `send ${long}`, `send ${long}y`, `${'a'.repeat(40)}b send`];
    const found = words.map((w) => analyze(w, { packs: [r.pack] }).findings.map((f) => f.rule));
    expect(found).toEqual([[], ['evil-unless'], ['evil-unless'], [], ['in-choice', 'evil-unless']]);
  });

  it('refuses a token RE2 cannot run (backreference, lookaround), naming rule and field', () => {
    const errs = errorsOf(pack(rule('back', '    match:\n      pattern: "/(a)\\\\1/ send"')) + rule('look', '    match:\n      phrases: ["send"]\n    unless:\n      - pattern: "(a|/(?<=x)y/)"'));
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/^evil\.yaml:\d+:\d+ rules\[0\]\.match\.pattern: regex token \/\(a\)\\1\/ is not RE2 syntax/);
    expect(errs[1]).toMatch(/^evil\.yaml:\d+:\d+ rules\[1\]\.unless\[0\]\.pattern: regex token \/\(\?<=x\)y\/ is not RE2 syntax/);
  });
});

describe('group names that would reach a prototype', () => {
  it('refuses __proto__ (and constructor) as a regex or pattern group', () => {
    const errs = errorsOf(
      pack(
        rule('re', '    match:\n      regex: "(?P<__proto__>send)"\n    suggest: ["{{__proto__}} it"]') +
          rule('pat', '    match:\n      pattern: "[<constructor>send] it"'),
      ),
    );
    expect(errs.join('\n')).toMatch(/rules\[0\]\.match\.regex: a group may not be named __proto__/);
    expect(errs.join('\n')).toMatch(/rules\[1\]\.match\.pattern: a group may not be named constructor/);
  });

  it('renders a template naming __proto__ as empty text, never the prototype', () => {
    const t = compileTemplate('Could you {{__proto__}}?', ['__proto__']);
    expect(renderTemplate(t, { match: 'x' })).toBe('Could you ?');
    const values = { match: 'x' } as Record<string, string>;
    values['__proto__'] = 'send'; // assignment to __proto__ never makes an own property
    expect(renderTemplate(t, values)).toBe('Could you ?');
  });
});

describe('length limits', () => {
  it('refuses an example longer than the limit, naming it', () => {
    const long = 'a '.repeat(LIMITS.exampleLength);
    const errs = errorsOf(mini.replace('- "Do you need to leave early today?"', `- "${long}"`));
    expect(errs.join('\n')).toMatch(/rules\[0\]\.examples\.pass\[0\]: Too big/i);
  });

  it("refuses a pack whose examples together pass the limit", () => {
    const ex = 'send it now '.repeat(80).trim();
    const rules = Array.from({ length: Math.ceil(LIMITS.exampleChars / ex.length / 3) + 1 }, (_, i) =>
      rule(`r${i}`, '    match:\n      phrases: ["send"]', `flag: ["${ex}", "${ex}"]\n      pass: ["${ex.replace(/send/g, 'mend')}"]`),
    ).join('');
    const errs = errorsOf(pack(rules));
    expect(errs.join('\n')).toMatch(/rules\[\d+\]\.examples: the pack's examples pass 250,000 characters/);
  });

  it('refuses a message longer than one line allows', () => {
    const errs = errorsOf(mini.replace('message: "Bare command."', `message: "${'x'.repeat(LIMITS.messageLength + 1)}"`));
    expect(errs.join('\n')).toMatch(/rules\[1\]\.message/);
  });
});
