/**
 * Read a pack from YAML or JSON text: parse (keeping positions), validate with zod, compile.
 * Every problem comes back as `file:line:col path: message`, pointing at the offending field.
 * A pack is untrusted input: size is checked before parsing, and nothing here throws for a bad
 * pack (only returns errors).
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { compilePack, PackCompileError, type CompiledPack, type CompileOptions, type PathIssue } from './compile';
import { LIMITS, Pack } from './schema';

export interface PackError {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export type LoadResult = { ok: true; pack: CompiledPack; errors: [] } | { ok: false; errors: PackError[] };

export function formatPackError(e: PackError): string {
  return `${e.file}:${e.line}:${e.column} ${e.path ? e.path + ': ' : ''}${e.message}`;
}

/** `rules[3].match.pattern` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function parsePackSource(source: string, file = '<pack>'): { ok: true; value: unknown; doc: Document; lines: LineCounter } | { ok: false; errors: PackError[] } {
  const bytes = new TextEncoder().encode(source.length > LIMITS.packBytes ? source.slice(0, LIMITS.packBytes + 1) : source).length;
  if (source.length > LIMITS.packBytes || bytes > LIMITS.packBytes) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `pack is larger than ${LIMITS.packBytes / 1_000_000} MB` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: '', message: e.message.split('\n')[0] };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: (e as Error).message }] };
  }
  return { ok: true, value, doc, lines };
}

/** The position of the node at `path`, or of its nearest existing ancestor. */
function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (!node || !('range' in node) || !node.range) continue;
    let offset = node.range[0];
    if (key && n === path.length && isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }
  return { line: 1, column: 1 };
}

function zodIssueMessage(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string; key?: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    return {
      path: [...issue.path, keys[0]],
      key: keys[0],
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
    };
  }
  // zod 4 leaves `input` out of issues unless asked: "received undefined" is how a missing field reads.
  if (issue.code === 'invalid_type' && issue.input === undefined && /received undefined$/.test(issue.message)) {
    return { path: issue.path, message: `missing required field (${issue.expected})` };
  }
  return { path: issue.path, message: issue.message };
}

export function loadPack(source: string, file = '<pack>', options: CompileOptions = {}): LoadResult {
  const parsed = parsePackSource(source, file);
  if (!parsed.ok) return parsed;
  const { value, doc, lines } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: 'a pack must be a mapping with id, version, name, ... and rules' }] };
  }
  const rules = (value as { rules?: unknown }).rules;
  if (Array.isArray(rules) && rules.length > LIMITS.rules) {
    return { ok: false, errors: [{ ...locate(doc, lines, ['rules']), file, path: 'rules', message: `more than ${LIMITS.rules} rules` }] };
  }
  const result = Pack.safeParse(value);
  if (!result.success) return { ok: false, errors: zodErrorsAt(result.error.issues, doc, lines, file) };
  try {
    return { ok: true, pack: compilePack(result.data, options), errors: [] };
  } catch (e) {
    if (!(e instanceof PackCompileError)) throw e;
    return {
      ok: false,
      errors: e.issues.map((i: PathIssue) => ({ file, ...locate(doc, lines, i.path), path: formatPath(i.path), message: i.message })),
    };
  }
}

/**
 * zod issues as `file:line:col path: message` errors, each pointing at the offending node of the
 * parsed document (shared with other YAML/JSON formats: practice assignments, progress reports).
 */
export function zodErrorsAt(issues: readonly z.core.$ZodIssue[], doc: Document, lines: LineCounter, file: string): PackError[] {
  const errors = issues.map((issue) => {
    const { path, message, key } = zodIssueMessage(issue);
    const where = key ? locate(doc, lines, path.slice(0, -1), key) : locate(doc, lines, path);
    return { file, ...where, path: formatPath(path), message };
  });
  return dedupeErrors(errors);
}

function dedupeErrors(errors: PackError[]): PackError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = formatPackError(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
