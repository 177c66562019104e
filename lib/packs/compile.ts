/**
 * Compile a validated pack once: matchers, exceptions and suggestion templates become functions
 * the engine calls per sentence. Problems a schema cannot see (an unknown compromise tag, a regex
 * RE2 refuses, a template naming a capture that does not exist) are reported with their path.
 */
import { compileException, compileMatcher, MatcherError, type CompiledException, type CompiledMatcher } from '../engine/matchers';
import { compileTemplate, TemplateError, type CompiledTemplate } from '../engine/templates';
import { DRAFT_DETECTORS } from '../engine/detectors';
import type { DraftDetector } from '../engine/detectors/draft';
import type { Category, Severity } from '../engine/types';
import type { LocalizedText, Pack, Rule } from './schema';

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  scope: 'span' | 'sentence';
  /** Never dropped by the learned layer (see the pack schema's `certain`). */
  certain: boolean;
  message: LocalizedText;
  why: LocalizedText;
  source?: string;
  /** Sentence-level rules have a matcher; draft-level ones (a draft detector) have `draft`. */
  matcher?: CompiledMatcher;
  draft?: DraftDetector;
  exceptions: CompiledException[];
  templates: CompiledTemplate[];
  usesRest: boolean;
  definition: Rule;
}

export interface CompiledPack {
  id: string;
  version: string;
  name: string;
  audience: string;
  language: string;
  pack: Pack;
  rules: CompiledRule[];
}

export interface PathIssue {
  path: (string | number)[];
  message: string;
}

export class PackCompileError extends Error {
  constructor(readonly issues: PathIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
}

export interface CompileOptions {
  /**
   * The pack was checked before (built in and tested, or installed after its checks): its
   * regexes are compiled on first use or by warmPack(), not all at once now.
   */
  trusted?: boolean;
  /**
   * Regexes (by source) whose literal pre-check is known (a ready pack's): each is compiled only
   * when a sentence holds its literals, so warmPack() leaves them for then. A 250-word email
   * compiles a dozen of the built-in packs' 430; warming them all took over a second.
   */
  preChecked?: (regexSource: string) => boolean;
}

export function compilePack(pack: Pack, options: CompileOptions = {}): CompiledPack {
  const lazy = options.trusted ?? false;
  const issues: PathIssue[] = [];
  const rules: CompiledRule[] = [];
  pack.rules.forEach((rule, i) => {
    const at = (...p: (string | number)[]) => ['rules', i, ...p];
    let matcher: CompiledMatcher | undefined;
    let draft: DraftDetector | undefined;
    const kind = rule.match.phrases ? 'phrases' : rule.match.pattern ? 'pattern' : rule.match.regex ? 'regex' : 'detector';
    try {
      if (rule.match.detector && DRAFT_DETECTORS[rule.match.detector]) draft = DRAFT_DETECTORS[rule.match.detector];
      else matcher = compileMatcher(rule.match, lazy);
    } catch (e) {
      if (!(e instanceof MatcherError)) throw e;
      issues.push({ path: at('match', kind), message: e.message });
      return;
    }
    const exceptions: CompiledException[] = [];
    (rule.unless ?? []).forEach((ex, j) => {
      try {
        exceptions.push(compileException(ex, lazy));
      } catch (e) {
        if (!(e instanceof MatcherError)) throw e;
        const exKind = ex.phrases ? 'phrases' : ex.pattern ? 'pattern' : 'regex';
        issues.push({ path: at('unless', j, exKind), message: e.message });
      }
    });
    const templates: CompiledTemplate[] = [];
    (rule.suggest ?? []).forEach((s, j) => {
      try {
        templates.push(compileTemplate(s, matcher?.groups ?? []));
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        issues.push({ path: at('suggest', j), message: e.message });
      }
    });
    const regexes = [rule.match, ...(rule.unless ?? [])].flatMap((m) => ('regex' in m && m.regex ? [m.regex] : []));
    const needsWarmUp = lazy && regexes.some((r) => !options.preChecked?.(r));
    rules.push({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      scope: rule.scope ?? 'span',
      certain: rule.certain ?? false,
      message: rule.message,
      why: rule.why,
      source: rule.source,
      matcher,
      draft,
      exceptions,
      templates,
      usesRest: templates.some((t) => t.usesRest),
      definition: rule,
    });
    if (!needsWarmUp) warmed.add(rules[rules.length - 1]);
  });
  if (issues.length) throw new PackCompileError(issues);
  return {
    id: pack.id,
    version: pack.version,
    name: pack.name,
    audience: pack.audience,
    language: pack.language,
    pack,
    rules,
  };
}

/**
 * Compile what a trusted pack left for later, a few rules at a time: call again while it returns
 * false (e.g. from requestIdleCallback), so loading never blocks the page for long. Regexes with a
 * known literal pre-check (CompileOptions.preChecked) are left to their first use.
 */
export function warmPack(pack: CompiledPack, budgetMs = 8): boolean {
  const t0 = performance.now();
  for (const rule of pack.rules) {
    if (warmed.has(rule)) continue;
    rule.matcher?.warm?.();
    for (const e of rule.exceptions) e.warm?.();
    warmed.add(rule);
    if (performance.now() - t0 > budgetMs) return false;
  }
  return true;
}
const warmed = new WeakSet<CompiledRule>();
