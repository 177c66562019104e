/**
 * Suggestion templates: "Could you {{rest}}?", "{{action|infinitive}}". Compiled once per rule;
 * rendered with the matched parts of the user's own text (never the masked copy), then given the
 * case of the original position.
 */
import { conjugate, type VerbForm } from '../nlp';

const FILTERS = ['lower', 'upper', 'capitalize', 'infinitive', 'gerund', 'past', 'present', 'participle', 'trim'] as const;
type Filter = (typeof FILTERS)[number];

type Part = string | { name: string; filters: Filter[] };

export interface CompiledTemplate {
  parts: Part[];
  usesRest: boolean;
}

export class TemplateError extends Error {}

export function compileTemplate(source: string, known: string[]): CompiledTemplate {
  const parts: Part[] = [];
  let last = 0;
  for (const m of source.matchAll(/\{\{\s*([^{}|\s]+)\s*((?:\|\s*[a-z]+\s*)*)\}\}/g)) {
    if (m.index! > last) parts.push(source.slice(last, m.index));
    const name = m[1];
    if (name !== 'match' && name !== 'rest' && !known.includes(name)) {
      throw new TemplateError(`unknown name {{${name}}}: use match, rest${known.length ? ', ' + known.join(', ') : ''}`);
    }
    const filters = m[2]
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean) as Filter[];
    for (const f of filters) if (!FILTERS.includes(f)) throw new TemplateError(`unknown filter |${f}: use ${FILTERS.join(', ')}`);
    parts.push({ name, filters });
    last = m.index! + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  if (/\{\{|\}\}/.test(parts.filter((p) => typeof p === 'string').join(''))) throw new TemplateError('unbalanced {{ }}');
  return { parts, usesRest: parts.some((p) => typeof p !== 'string' && p.name === 'rest') };
}

function applyFilter(value: string, f: Filter): string {
  switch (f) {
    case 'lower':
      return value.toLowerCase();
    case 'upper':
      return value.toUpperCase();
    case 'capitalize':
      return value.charAt(0).toUpperCase() + value.slice(1);
    case 'trim':
      return value.trim();
    default: {
      const lead = /^\s*/.exec(value)![0];
      const trail = /\s*$/.exec(value)![0];
      const core = value.trim();
      return core ? lead + conjugate(core, f as VerbForm) + trail : value;
    }
  }
}

export function renderTemplate(t: CompiledTemplate, values: Record<string, string>): string {
  let out = '';
  t.parts.forEach((p, i) => {
    // Own values only: a name such as __proto__ must never reach the object's prototype.
    const value = typeof p === 'string' ? '' : Object.hasOwn(values, p.name) && typeof values[p.name] === 'string' ? values[p.name] : '';
    let piece = typeof p === 'string' ? p : p.filters.reduce((v, f) => applyFilter(v, f), value);
    // "Could you {{rest}}?" with rest = " send it": one space at a joint, not two, and none at the
    // start left by an empty value. A template that itself opens with a space keeps it (an
    // insertion such as " Could you let me know?" after a sentence).
    const explicitLead = i === 0 && typeof p === 'string';
    if (/\s$/.test(out) || (out === '' && !explicitLead)) piece = piece.replace(/^[ \t]+/, '');
    out += piece;
  });
  return out;
}

/**
 * Give a suggestion the case of the place it goes: capitalised at the start of a sentence, lower
 * case where the original started in lower case (unless it opens with "I" or a proper name/acronym
 * the template wrote on purpose: two capitals in a row).
 */
export function matchCase(suggestion: string, original: string, atSentenceStart: boolean): string {
  const first = suggestion.search(/\p{L}/u);
  if (first !== 0) return suggestion;
  const c = suggestion[0];
  if (atSentenceStart) return c.toUpperCase() + suggestion.slice(1);
  const o = original.charAt(original.search(/\p{L}/u));
  if (o && o === o.toLowerCase() && c !== c.toLowerCase()) {
    const word = /^[\p{L}']+/u.exec(suggestion)![0];
    const keep = /^I(?:'[a-z]+)?$/.test(word) || (word.length > 1 && word[1] === word[1].toUpperCase() && /\p{L}/u.test(word[1]));
    if (!keep) return c.toLowerCase() + suggestion.slice(1);
  }
  return suggestion;
}
