/**
 * nemawashi: the command-line face of lib/engine and lib/packs.
 *
 *   nemawashi check [FILE|-] [--pack FILE]... [--no-builtin] [--no-learned] [--audience NAME] [--format text|json] [--fail-on SEVERITY]
 *   nemawashi check --jsonl            lines {"id","text"} in, lines {"id","friction","findings"} out
 *   nemawashi pack lint FILE...        schema and compile checks
 *   nemawashi pack test FILE... [--coverage CORPUS]   run every example of every rule
 *   nemawashi pack schema              JSON Schema of the pack format
 *   nemawashi pack diff OLD NEW        rules added, removed and changed
 *
 * Exit codes: 0 ok, 1 findings at or above --fail-on (or failing examples), 2 bad usage, a bad
 * pack, input over the size limit or a bad JSONL line, 3 an internal error (one line, no stack).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { analyze as Analyze } from '../engine/analyze';
import { SEVERITIES, severityRank, type Finding, type Severity } from '../engine/types';
import type { CompiledPack } from '../packs/compile';
import { UsageError } from './errors';
import { escapeControl, escapeLine, looksBinary, MAX_DRAFT_BYTES } from './text';


const USAGE = `usage:
  nemawashi check [FILE|-] [--pack FILE]... [--no-builtin] [--no-learned] [--audience NAME] [--format text|json] [--fail-on info|suggestion|warning]
  nemawashi check --jsonl [--pack FILE]... [--audience NAME]     (lines {"id","text"} on stdin)
  nemawashi pack lint FILE...
  nemawashi pack test FILE... [--coverage CORPUS]
  nemawashi pack schema
  nemawashi pack diff OLD NEW`;

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

// Each subcommand imports what it needs when it runs (the built command line keeps them in
// separate chunks): `check` never loads yaml or zod unless a --pack is given.
async function loadPackFile(file: string): Promise<CompiledPack> {
  const { formatPackError, loadPack } = await import('../packs/load');
  const r = loadPack(readText(file), file);
  if (!r.ok) throw new UsageError(r.errors.map(formatPackError).join('\n'));
  return r.pack;
}

/** The reader the extension checks for by default; the command line follows it. */
export const DEFAULT_AUDIENCE = 'consensus';

/**
 * One reader at a time: without --audience, the default reader (consensus), unless only the
 * user's own packs run (--no-builtin) and they all declare one reader, which is then the one.
 */
async function packsFor(values: { pack?: string[]; 'no-builtin'?: boolean; audience?: string }): Promise<{ packs: CompiledPack[]; audience: string }> {
  const extra: CompiledPack[] = [];
  for (const file of values.pack ?? []) extra.push(await loadPackFile(file));
  let audience = values.audience;
  if (!audience) {
    const declared = [...new Set(extra.map((p) => p.audience).filter((a) => a !== 'any'))];
    audience = values['no-builtin'] && declared.length === 1 ? declared[0] : DEFAULT_AUDIENCE;
  }
  // Built-in packs are trusted: validated and tested at build time (dist/cli/packs.json), never again at each start.
  const builtin = values['no-builtin'] ? [] : await (await import('./ready')).builtinPacks(audience);
  const packs = [...builtin, ...extra].filter((p) => p.audience === audience || p.audience === 'any');
  return { packs, audience };
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}

const COLORS: Record<Severity, string> = { warning: '\x1b[33m', suggestion: '\x1b[36m', info: '\x1b[2m' };

function printText(o: Out, file: string, text: string, findings: Finding[], friction: number) {
  const paint = (c: string, s: string) => (o.color ? `${c}${s}\x1b[0m` : s);
  // Pack texts and the draft are shown with their control characters escaped (no raw escape
  // sequences reach the terminal).
  file = escapeLine(file);
  const shown = new Set<unknown>();
  for (const f of findings) {
    const { line, col } = lineCol(text, f.start);
    o.out(`${file}:${line}:${col}  ${paint(COLORS[f.severity], f.severity.padEnd(10))} ${paint('\x1b[2m', f.rule)}  ${escapeLine(f.message)}`);
    if (f.text) o.out(`    "${escapeLine(f.text.replace(/\s+/g, ' '))}"`);
    for (const s of f.suggestions) o.out(`    ${paint('\x1b[32m', '→')} ${escapeLine(s)}`);
    // Several findings in one sentence: the whole sentence rewritten once, leaving none of them.
    if (f.rewrite && !shown.has(f.rewrite)) {
      shown.add(f.rewrite);
      o.out(`    whole sentence:`);
      for (const s of f.rewrite.suggestions) o.out(`    ${paint('\x1b[32m', '⇒')} ${escapeLine(s)}`);
    }
  }
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  o.out(`${findings.length ? '\n' : ''}${file}: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts}); friction ${friction}/100`);
}

export function findingJson(f: Finding) {
  const { rule, pack, category, severity, start, end, text, message, why, suggestions, marks, rewrite } = f;
  return { rule, pack, category, severity, start, end, text, message, why, suggestions, ...(marks ? { marks } : {}), ...(rewrite ? { rewrite } : {}) };
}

async function check(args: string[], o: Out, stdin: NodeJS.ReadableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'string', multiple: true },
      'no-builtin': { type: 'boolean' },
      'no-learned': { type: 'boolean' },
      audience: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string' },
      jsonl: { type: 'boolean' },
    },
  });
  if (!['text', 'json'].includes(values.format!)) throw new UsageError(`--format must be text or json, not ${values.format}`);
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn && !SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  const [{ packs, audience }, { analyze }] = await Promise.all([packsFor(values), import('../engine/analyze')]);
  if (packs.length === 0) throw new UsageError(`no packs for audience "${audience}" (choose one with --audience)`);
  // The learned layer judges with the built-in packs it was trained beside; rules only otherwise.
  const learned = values['no-learned'] || values['no-builtin'] ? undefined : (await import('./learned')).learnedFromDisk(audience);
  const opts = { packs, audience, learned };

  if (values.jsonl) {
    // Each line is answered on its own line, in order; a bad line gets {"id"?, "error"} and the
    // run goes on (exit code 2 at the end).
    let failed = false;
    let bad = false;
    let n = 0;
    for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      const answer = jsonlLine(analyze, line, n, opts);
      if ('error' in answer) bad = true;
      else if (failOn && answer.findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) failed = true;
      o.out(JSON.stringify(answer));
    }
    return bad ? 2 : failed ? 1 : 0;
  }

  if (positionals.length > 1) throw new UsageError('check takes one FILE (or - for stdin)');
  const file = positionals[0] ?? '-';
  const text = await readDraft(file === '-' ? stdin : openDraft(file), file === '-' ? '<stdin>' : file);
  const r = analyze(text, opts);
  if (values.format === 'json') printJson(o, r.friction, r.findings);
  else printText(o, file === '-' ? '<stdin>' : file, text, r.findings, r.friction);
  return failOn && r.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

type JsonlAnswer = { id: unknown; friction: number; findings: ReturnType<typeof findingJson>[] } | { id?: unknown; line: number; error: string };

function jsonlLine(analyze: typeof Analyze, line: string, n: number, opts: Parameters<typeof Analyze>[1]): JsonlAnswer {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { line: n, error: 'not JSON' };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { line: n, error: 'not a JSON object {"id", "text"}' };
  const { id, text } = rec as { id?: unknown; text?: unknown };
  const withId = id === undefined ? {} : { id };
  if (typeof text !== 'string') return { ...withId, line: n, error: '"text" must be a string' };
  if (Buffer.byteLength(text, 'utf8') > MAX_DRAFT_BYTES) return { ...withId, line: n, error: `"text" is larger than ${MAX_DRAFT_BYTES / 1_000_000} MB` };
  if (looksBinary(text)) return { ...withId, line: n, error: '"text" holds NUL characters: binary, not a draft' };
  const r = analyze(text, opts);
  return { id: id ?? null, friction: r.friction, findings: r.findings.map(findingJson) };
}

/** The JSON document, written a finding at a time (a big draft never builds one huge string). */
function printJson(o: Out, friction: number, findings: Finding[]): void {
  o.out(`{\n  "friction": ${JSON.stringify(friction)},\n  "findings": [${findings.length ? '' : ']\n}'}`);
  findings.forEach((f, i) => o.out(`    ${JSON.stringify(findingJson(f))}${i < findings.length - 1 ? ',' : '\n  ]\n}'}`));
}

function openDraft(file: string): NodeJS.ReadableStream {
  return createReadStream(file);
}

/** Read a draft, refusing (exit code 2) more than MAX_DRAFT_BYTES or a binary file. */
async function readDraft(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of stream) {
      const b = Buffer.from(c as Buffer);
      size += b.length;
      if (size > MAX_DRAFT_BYTES) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        throw new UsageError(`${escapeLine(name)} is larger than ${MAX_DRAFT_BYTES / 1_000_000} MB, the most one draft may be: check it in parts`);
      }
      chunks.push(b);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${escapeLine(name)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (looksBinary(text)) throw new UsageError(`${escapeLine(name)} holds NUL bytes: a binary file, not a draft`);
  return text;
}

async function pack(args: string[], o: Out): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'schema') {
    const { packJsonSchema } = await import('../packs/schema');
    o.out(JSON.stringify(packJsonSchema(), null, 2));
    return 0;
  }
  if (sub === 'diff') {
    if (rest.length !== 2) throw new UsageError('pack diff takes OLD NEW');
    const [a, b] = [await loadPackFile(rest[0]), await loadPackFile(rest[1])];
    const { diffPacks } = await import('../packs/diff');
    for (const line of diffPacks(a.pack, b.pack)) o.out(escapeControl(line));
    return 0;
  }
  if (sub !== 'lint' && sub !== 'test') throw new UsageError(USAGE);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { coverage: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError(`pack ${sub} needs at least one FILE`);
  // lint and test always validate fully (parse, zod, every regex compiled): a pack file is untrusted.
  const { formatPackError, loadPack } = await import('../packs/load');
  let bad = false;
  let failing = false;
  for (const file of positionals) {
    const r = loadPack(readText(file), file);
    if (!r.ok) {
      for (const e of r.errors) o.err(escapeControl(formatPackError(e)));
      bad = true;
      continue;
    }
    if (sub === 'lint') {
      o.out(`${file}: ok (${r.pack.id}@${r.pack.version}, ${r.pack.rules.length} rules)`);
      continue;
    }
    const { runExamples } = await import('../packs/examples');
    const report = runExamples(r.pack);
    for (const f of report.failures) o.out(escapeLine(`${file}: ${f.rule} ${f.kind}: "${f.example}" - ${f.problem}`));
    o.out(`${file}: ${report.passed} examples passed, ${report.failures.length} failed (${r.pack.rules.length} rules)`);
    if (report.failures.length) failing = true;
    if (values.coverage) {
      const { coverage } = await import('./coverage');
      const never = coverage(r.pack, readText(values.coverage));
      o.out(`${file}: ${never.fired.length} of ${r.pack.rules.length} rules fire on ${values.coverage} (${never.sentences} lines)`);
      if (never.silent.length) o.out(`  never fire: ${never.silent.join(', ')}`);
    }
  }
  return bad ? 2 : failing ? 1 : 0;
}

export async function main(argv: string[], o: Out, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  try {
    const [cmd, ...args] = argv;
    if (cmd === 'check') return await check(args, o, stdin);
    if (cmd === 'pack') return await pack(args, o);
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
      o.out(USAGE);
      return 0;
    }
    throw new UsageError(USAGE);
  } catch (e) {
    // Mistakes in how the tool was called, or in a pack, are the user's: a message, not a stack.
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      o.err(`nemawashi: ${escapeControl((e as Error).message)}`);
      return 2;
    }
    // Anything else is a bug of ours: one clear line, never a stack trace, and its own exit code
    // (1 means "findings").
    o.err(`nemawashi: internal error: ${escapeLine(String((e as Error)?.message ?? e))}`);
    return 3;
  }
}

const isEntry = !!process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
  main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s), color }).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(`nemawashi: internal error: ${(e as Error).message}`);
      process.exitCode = 3;
    },
  );
}
