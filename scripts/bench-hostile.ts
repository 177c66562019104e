/**
 * Issue 10's hostile inputs, measured: each prints the time it took and, for the command line,
 * the exit code. Times on shared machines are noisy; what matters is the order of magnitude
 * (milliseconds, not seconds or never). Run: npx tsx scripts/bench-hostile.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import { maskNonAuthored } from '../lib/engine/mask';
import { splitSentences } from '../lib/engine/sentences';
import { loadBuiltinPacksFromDisk } from '../lib/cli/builtins';
import { loadPack } from '../lib/packs/load';

const dir = mkdtempSync(join(tmpdir(), 'nw-hostile-'));
const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

function cli(args: string[], input?: string | Buffer): string {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], { input, maxBuffer: 1 << 30, timeout: 120_000 });
  const tail = (r.stderr.toString().trim().split('\n').pop() ?? '').slice(0, 110);
  return `exit ${r.status ?? `killed (${r.signal})`}, ${ms(t0)}${tail ? ` - ${tail}` : ''}`;
}

const head = (id: string) => `id: evil/${id}\nversion: 1.0.0\nname: Evil\ndescription: d\nlanguage: en\naudience: consensus\nlicense: MIT\nrules:\n`;
const rule = (body: string, flag = 'send it', pass = 'nothing here') =>
  `  - id: r\n    category: imposition\n    severity: warning\n${body}\n    message: m\n    why: w\n    examples:\n      flag: [${JSON.stringify(flag)}]\n      pass: [${JSON.stringify(pass)}]\n`;

console.log('Hole 1: regex tokens in patterns');
const token = file('token.yaml', head('token') + rule('    match:\n      pattern: "/^(.|.|.|.)*[0-9]$/"', 'internationalization9', 'internationalization'));
const unless = file('unless.yaml', head('unless') + rule('    match: { phrases: [send] }\n    unless:\n      - pattern: "/(x+x+)+y/"', `send ${'x'.repeat(40)} it`, 'send xxy it'));
const refused = file('lookbehind.yaml', head('look') + rule('    match:\n      pattern: "/(?<=a)b/ send"'));
console.log(`  pack test /^(.|.|.|.)*[0-9]$/ token:  ${cli(['pack', 'test', token])}`);
console.log(`  pack test unless /(x+x+)+y/:        ${cli(['pack', 'test', unless])}`);
console.log(`  pack lint lookbehind token:         ${cli(['pack', 'lint', refused])}`);
const loaded = loadPack(head('token') + rule('    match:\n      pattern: "/^(.|.|.|.)*[0-9]$/"'));
if (loaded.ok) {
  for (const text of ['internationalization', `${'internationalization '.repeat(100)}`]) {
    const t0 = performance.now();
    analyze(text, { packs: [loaded.pack] });
    console.log(`  check ${text.length} chars with that pack installed: ${ms(t0)}`);
  }
}

console.log('Hole 3: bounded work');
const packs = loadBuiltinPacksFromDisk();
for (const [name, text] of [
  ['60,000-char link', `See https://example.com/${'a'.repeat(60_000)} thanks.`],
  ['120,000-char link', `See https://example.com/${'a'.repeat(120_000)} thanks.`],
  ['256,000 chars, no space', 'a'.repeat(256_000)],
  ['256,000 dots', '.'.repeat(256_000)],
] as const) {
  let t0 = performance.now();
  splitSentences(maskNonAuthored(text).text);
  const mask = ms(t0);
  t0 = performance.now();
  analyze(text, { packs, audience: 'consensus' });
  console.log(`  ${name}: mask+split ${mask}, whole check ${ms(t0)}`);
}
console.log(`  CLI, 32,000 chars without a space:    ${cli(['check', '-'], 'a'.repeat(32_000))}`);
console.log(`  CLI, 1,000,000 chars without a space: ${cli(['check', '-'], 'a'.repeat(1_000_000))}`);
console.log(`  CLI, 50 MB draft --format json:       ${cli(['check', '-', '--format', 'json'], Buffer.alloc(50_000_000, 'word '))}`);
console.log(`  pack lint, a 100 KB example:          ${cli(['pack', 'lint', file('big-example.yaml', head('big') + rule('    match: { phrases: [send] }', `send ${'a '.repeat(50_000)}`))])}`);
console.log(`  pack lint, a 900 KB example:          ${cli(['pack', 'lint', file('huge-example.yaml', head('huge') + rule('    match: { phrases: [send] }', `send ${'a '.repeat(450_000)}`))])}`);

console.log('Hole 7: the command line');
console.log(`  --jsonl with a bad line:  ${cli(['check', '--jsonl'], '{"id":1,"text":"You need to go."}\nnot json\nnull\n{"id":2,"text":3}\n{"id":3,"text":"Thanks!"}\n')}`);
console.log(`  binary input (NUL bytes): ${cli(['check', '-'], Buffer.from([0x59, 0x00, 0x1b, 0x5b, 0x32, 0x4a]))}`);
const esc = file('esc.yaml', head('esc') + rule('    match: { phrases: [send] }').replace('message: m', 'message: "\\e]0;owned\\a\\e[2Jsend"'));
const out = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'check', '-', '--no-builtin', '--pack', esc], { input: 'Please send it.' }).stdout.toString();
console.log(`  pack message with escape sequences, raw ESC bytes in the output: ${(out.match(/\x1b/g) ?? []).length} (shown as ${JSON.stringify(out.split('\n')[0].slice(-40))})`);
