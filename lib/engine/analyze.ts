/**
 * analyze(text, { packs, audience }) -> { findings, friction }.
 *
 * 1. Blank out what the writer did not write (quoted reply, quotations, code, URLs, signature).
 * 2. Split into sentences (offsets kept).
 * 3. Per sentence, run every sentence-level rule; results are cached per pack by sentence text,
 *    so re-checking after an edit only analyses the sentences that changed.
 * 4. Run the draft-level detectors over cheap per-sentence cues.
 * 5. Sum up the friction.
 */
import type { CompiledPack, CompiledRule } from '../packs/compile';
import { localize } from '../packs/localize';
import { clearActionCache, computeClarity, isRequest, keepsAsk } from './clarity';
import { SentenceContext } from './context';
import { sentenceCues, type SentenceCues } from './detectors/cues';
import { primeImperatives } from './detectors/imperative-opener';
import type { DraftView } from './detectors/draft';
import { computeFriction } from './friction';
import { clearPolitenessCache } from './politeness';
import { maskNonAuthored } from './mask';
import { splitSentences, type Sentence } from './sentences';
import { matchCase, renderTemplate } from './templates';
import type { AnalyzeResult, Finding, Severity } from './types';
import { CATEGORIES } from './types';
import { ruleKeys, type LearnedModel } from './learned/model';
import { learnedText } from './learned/messages';
import { candidateRewrites } from './learned/rewrite';
import { applySuggestion } from './apply';
import { draftContext } from './learned/features';
import { severityRank } from './types';

export interface AnalyzeOptions {
  packs: readonly CompiledPack[];
  /** Only packs for this audience run (all given packs when omitted). */
  audience?: string;
  /** Language of messages (pack texts may carry translations); default en. */
  locale?: string;
  /** Rules turned off, as "packId/ruleId" or "packId:ruleId". */
  disabledRules?: ReadonlySet<string>;
  /** Severity overrides by "packId/ruleId". */
  severityOverrides?: Readonly<Record<string, Severity>>;
  /**
   * Draft-level tips: 'gated' (default) shows them only beside another finding at suggestion
   * level or above, or in a long announcement; 'all' shows every one (a pack's own examples).
   */
  tips?: 'gated' | 'all';
  /**
   * The learned layer for this reader (lib/engine/learned): it adds a finding to a sentence no
   * rule spoke about when it is confident, and drops a rule's finding (unless the rule is marked
   * certain) in a sentence it reads as fine.
   */
  learned?: LearnedModel;
  /** Internal: a suggestion being re-checked (no rewrites, no nested re-checks). */
  vetting?: boolean;
}

/** The pack id learned findings carry. */
export const LEARNED_PACK = 'nemawashi/learned';

/** A draft this long is an announcement, where a missing reason or thanks does change how it lands. */
export const LONG_DRAFT_WORDS = 150;

/** One rule's hit inside a sentence, offsets relative to the sentence. */
interface SentenceHit {
  rule: number;
  start: number;
  end: number;
  suggestions: string[];
}

const MAX_CACHE = 20_000;
const hitCache = new WeakMap<CompiledPack, Map<string, SentenceHit[]>>();
const cueCache = new Map<string, SentenceCues>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** Forget cached sentence results (benchmarks measure a cold first check with this). */
export function clearCaches(): void {
  cueCache.clear();
  clearActionCache();
  clearPolitenessCache();
  for (const p of cachedPacks) hitCache.delete(p);
  cachedPacks.clear();
}
const cachedPacks = new Set<CompiledPack>();

export { localize };

const TRAILING_PUNCT = /[.!?。！？…;:,\s"')\]”’」]*$/;

function analyzeSentence(pack: CompiledPack, ctx: SentenceContext): SentenceHit[] {
  const hits: SentenceHit[] = [];
  const len = ctx.text.length;
  const restEnd = len - TRAILING_PUNCT.exec(ctx.original)![0].length;
  pack.rules.forEach((rule, index) => {
    if (!rule.matcher) return;
    for (const m of rule.matcher.find(ctx)) {
      if (rule.exceptions.some((e) => e.test(ctx, m))) continue;
      let start = m.start;
      let end = m.end;
      if (rule.scope === 'sentence') [start, end] = [0, len];
      else if (rule.usesRest) end = Math.max(end, len);
      const values: Record<string, string> = {
        match: ctx.original.slice(m.start, m.end),
        rest: ctx.original.slice(m.end, Math.max(m.end, restEnd)),
      };
      for (const [name, g] of Object.entries(m.groups)) values[name] = ctx.original.slice(g.start, g.end);
      hits.push({ rule: index, start, end, suggestions: suggestionsFor(rule, values, ctx.original.slice(start, end), start === 0) });
    }
  });
  return hits;
}

function suggestionsFor(rule: CompiledRule, values: Record<string, string>, original: string, atSentenceStart: boolean): string[] {
  const out: string[] = [];
  // Orders and pressure carry an ask: their rewrites must keep who and what, not only when.
  const asks = rule.category === 'imposition' || rule.category === 'pressure' || isRequest(original);
  for (const t of rule.templates) {
    const s = matchCase(renderTemplate(t, values), original, atSentenceStart);
    // The clarity guard: a softer version that loses the date, the owner or the action is no help.
    if (s.trim() && s !== original && !out.includes(s) && keepsAsk(original, s, asks)) out.push(s);
  }
  return out.slice(0, 3);
}

/**
 * The sentences the engine judges, as it judges them: the masked text of each non-empty sentence
 * with its offsets (the learned layer's training data is built with this, so training and
 * checking see the same sentences).
 */
export function judgedSentences(text: string): { start: number; end: number; masked: string }[] {
  const masked = maskNonAuthored(text).text;
  return splitSentences(masked)
    .map((s) => ({ start: s.start, end: s.end, masked: masked.slice(s.start, s.end) }))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.masked));
}

export function analyze(text: string, options: AnalyzeOptions): AnalyzeResult {
  const packs = options.audience
    ? options.packs.filter((p) => p.audience === options.audience || p.audience === 'any')
    : options.packs;
  const masked = maskNonAuthored(text).text;
  const sentences = splitSentences(masked);
  const findings: Finding[] = [];
  const draftSentences: DraftView['sentences'] = [];
  let words = 0;

  // First the sentences and what is already known about them; then one tagging call for the
  // command-verb check of every sentence not seen before; then the rules.
  const entries = sentences.flatMap((s) => {
    const maskedText = masked.slice(s.start, s.end);
    if (!/[\p{L}\p{N}]/u.test(maskedText)) return [];
    const original = text.slice(s.start, s.end);
    const key = maskedText === original ? original : `${maskedText}\u0000${original}`;
    const fresh = !cueCache.has(key) || packs.some((p) => !hitCache.get(p)?.has(key));
    return [{ s, key, maskedText, original, ctx: fresh ? new SentenceContext(maskedText, original) : undefined }];
  });
  primeImperatives(entries.flatMap((e) => (e.ctx ? [e.ctx] : [])));

  for (const entry of entries) {
    const { s, key } = entry;
    // A cached sentence may have been evicted by another sentence of this same draft since the
    // entries were made (a full cache): then it is analysed afresh.
    const context = () => (entry.ctx ??= new SentenceContext(entry.maskedText, entry.original));
    const cues = cueCache.get(key) ?? remember(cueCache, key, sentenceCues(context()));
    draftSentences.push({ start: s.start, end: s.end, cues });
    words += cues.words;

    for (const pack of packs) {
      let cache = hitCache.get(pack);
      if (!cache) {
        cache = new Map();
        hitCache.set(pack, cache);
        cachedPacks.add(pack);
      }
      const hits = cache.get(key) ?? remember(cache, key, analyzeSentence(pack, context()));
      for (const h of hits) findings.push(toFinding(text, pack, pack.rules[h.rule], s, h, 'span', options));
    }
  }

  const draft: DraftView = { sentences: draftSentences, words };
  const tipCandidates: Finding[] = [];
  for (const pack of packs) {
    pack.rules.forEach((rule, index) => {
      if (!rule.draft) return;
      // A draft-level rule's exceptions hold for the whole draft: any sentence may satisfy them.
      if (rule.exceptions.length && entries.some((e) => draftException(rule, masked, text, e.s))) return;
      for (const m of rule.draft.find(draft)) {
        const original = text.slice(m.start, m.end);
        const hit: SentenceHit = {
          rule: index,
          start: 0,
          end: m.end - m.start,
          suggestions: suggestionsFor(rule, { match: original, rest: '' }, original, true),
        };
        const scope = m.end > m.start ? 'sentence' : 'draft';
        (rule.draft.tip ? tipCandidates : findings).push(toFinding(text, pack, rule, { start: m.start, end: m.end }, hit, scope, options));
      }
    });
  }

  let kept = dedupe(findings.filter((f) => !isDisabled(f, options)));
  if (options.learned) kept = combineLearned(text, masked, entries.map((e) => e.s), kept, packs, options.learned, options);
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  if (!options.vetting) addSentenceRewrites(text, entries.map((e) => e.s), kept, options);
  // Terse mail without greetings, reasons or thanks is ordinary: a draft-level tip speaks only
  // where it changes how the draft lands - beside a real finding, or in a long announcement.
  const speaks = options.tips === 'all' || words >= LONG_DRAFT_WORDS || kept.some((f) => f.severity !== 'info');
  const tips = speaks ? tipCandidates.filter((f) => !isDisabled(f, options)) : [];
  return { findings: kept, friction: computeFriction(kept, draft, masked), clarity: computeClarity(draftSentences), tips };
}

function draftException(rule: CompiledRule, masked: string, text: string, s: Sentence): boolean {
  const ctx = new SentenceContext(masked.slice(s.start, s.end), text.slice(s.start, s.end));
  return rule.exceptions.some((e) => e.test(ctx, { start: 0, end: ctx.text.length }));
}

function isDisabled(f: Finding, o: AnalyzeOptions): boolean {
  return !!o.disabledRules && (o.disabledRules.has(`${f.pack}/${f.rule}`) || o.disabledRules.has(`${f.pack}:${f.rule}`));
}

function toFinding(
  text: string,
  pack: CompiledPack,
  rule: CompiledRule,
  sentence: Sentence,
  hit: SentenceHit,
  scope: Finding['scope'],
  o: AnalyzeOptions,
): Finding {
  const start = sentence.start + hit.start;
  const end = sentence.start + hit.end;
  return {
    rule: rule.id,
    pack: pack.id,
    category: rule.category,
    severity: o.severityOverrides?.[`${pack.id}/${rule.id}`] ?? rule.severity,
    scope: scope === 'span' && rule.scope === 'sentence' ? 'sentence' : scope,
    start,
    end,
    text: text.slice(start, end),
    message: localize(rule.message, o.locale),
    why: localize(rule.why, o.locale),
    suggestions: hit.suggestions,
  };
}

/** Two rules flagging exactly the same span: keep the more severe (the first on a tie). */
function dedupe(findings: Finding[]): Finding[] {
  const bySpan = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.start}:${f.end}`;
    const prev = bySpan.get(k);
    if (!prev || severityRank(f.severity) > severityRank(prev.severity)) bySpan.set(k, f);
  }
  return [...bySpan.values()];
}

/** The sentence a finding starts in (-1 for none). */
export function sentenceOf(sentences: readonly { start: number; end: number }[], f: { start: number }): number {
  return sentences.findIndex((s) => f.start >= s.start && f.start < Math.max(s.end, s.start + 1));
}

const certainRules = new WeakMap<CompiledPack, Set<string>>();
function isCertain(f: Finding, packs: readonly CompiledPack[]): boolean {
  const pack = packs.find((p) => p.id === f.pack);
  if (!pack) return false;
  let set = certainRules.get(pack);
  if (!set) certainRules.set(pack, (set = new Set(pack.rules.filter((r) => r.certain).map((r) => r.id))));
  return set.has(f.rule);
}

function trimmed(text: string, s: Sentence): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The two layers combined, sentence by sentence: where a rule spoke, its specific message and
 * rewrite stand unless the model is confident the sentence is fine (then a rule not marked
 * certain is dropped); where no rule spoke, a learned finding appears when the model's
 * calibrated probability passes its threshold (chosen on dev for precision).
 */
function combineLearned(
  text: string,
  masked: string,
  sentences: readonly Sentence[],
  findings: Finding[],
  packs: readonly CompiledPack[],
  model: LearnedModel,
  o: AnalyzeOptions,
): Finding[] {
  const out: Finding[] = [];
  const bySentence = sentences.map(() => [] as Finding[]);
  for (const f of findings) {
    const i = f.scope === 'draft' ? -1 : sentenceOf(sentences, f);
    if (i < 0) out.push(f);
    else bySentence[i].push(f);
  }
  const context = draftContext(sentences.map((s) => masked.slice(s.start, s.end)));
  sentences.forEach((s, i) => {
    const hits = bySentence[i];
    const j = model.judge(masked.slice(s.start, s.end), { index: i, count: sentences.length, context: context[i] }, ruleKeys(hits));
    if (hits.length) {
      for (const f of hits) if (j.p >= model.fine || isCertain(f, packs) || !model.mayDrop(f.pack, f.rule)) out.push(f);
      return;
    }
    if (j.p < model.threshold || o.disabledRules?.has(`${LEARNED_PACK}/learned-${j.category}`)) return;
    const span = trimmed(text, s);
    const original = text.slice(span.start, span.end);
    const t = learnedText(model.reader, j.category);
    out.push({
      rule: `learned-${j.category}`,
      pack: LEARNED_PACK,
      category: (CATEGORY_SET.has(j.category) ? j.category : 'bluntness') as Finding['category'],
      severity: 'suggestion',
      scope: 'sentence',
      start: span.start,
      end: span.end,
      text: original,
      message: localize(t.message, o.locale),
      why: localize(t.why, o.locale),
      suggestions: o.vetting ? [] : vettedRewrites(original, j.category, o),
      marks: model.drivers(j).map((d) => ({ start: s.start + d.start, end: s.start + d.end })),
    });
  });
  return out;
}

const CATEGORY_SET = new Set<string>(CATEGORIES);

/** Rewrites of a sentence that, re-checked on their own, raise nothing and keep the ask. */
function vettedRewrites(sentence: string, category: string, o: AnalyzeOptions, limit = 3, tries = 10): string[] {
  const asks = category === 'imposition' || category === 'pressure' || isRequest(sentence);
  const out: string[] = [];
  for (const c of candidateRewrites(sentence, category).slice(0, tries)) {
    if (!keepsAsk(sentence, c, asks)) continue;
    const r = analyze(c, { ...o, vetting: true, tips: 'gated' });
    if (r.findings.length === 0) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

/** A word in capitals (two letters or more), standing alone. */
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** The words in capitals inside the sentence's shouting findings. */
function shoutedWords(findings: readonly Finding[]): Set<string> {
  const words = new Set<string>();
  for (const f of findings) if (f.category === 'shouting') for (const m of f.text.matchAll(CAPS_WORD)) words.add(m[0]);
  return words;
}

/** The sentence with those words in lower case (its first letter kept a capital). */
function calmCaps(sentence: string, words: ReadonlySet<string>): string {
  const calm = sentence.replace(CAPS_WORD, (w) => (words.has(w) ? w.toLowerCase() : w));
  const first = calm.search(/\p{L}/u);
  return first < 0 ? calm : calm.slice(0, first) + calm.charAt(first).toUpperCase() + calm.slice(first + 1);
}

function keepsCaps(candidate: string, words: ReadonlySet<string>): boolean {
  if (!words.size) return false;
  for (const m of candidate.matchAll(CAPS_WORD)) if (words.has(m[0])) return true;
  return false;
}

/**
 * One sentence, one rewrite: where a sentence holds several findings, offer rewrites of the
 * whole sentence that leave none of them - the findings' own suggestions applied together
 * first, then the rewrite strategies - each re-checked before it is offered.
 */
function addSentenceRewrites(text: string, sentences: readonly Sentence[], findings: Finding[], o: AnalyzeOptions): void {
  for (const s of sentences) {
    const inside = findings.filter((f) => f.scope !== 'draft' && f.start >= s.start && f.end <= s.end && f.end > f.start);
    if (inside.length < 2) continue;
    const span = trimmed(text, s);
    const original = text.slice(span.start, span.end);
    // Where findings share a sentence, a finding's own suggestion may keep another's phrase
    // ("Could we try my approach, no exceptions?"): withhold a suggestion whose result, re-checked,
    // still has a finding touching the replaced words.
    const keeps = (candidate: string, phrases: readonly Finding[]) =>
      phrases.some((g) => g.text.trim().length >= 3 && candidate.toLowerCase().includes(g.text.trim().toLowerCase()));
    for (const f of inside) {
      if (f.start < span.start || f.end > span.end) continue;
      // The other findings whose words lie inside this one's span: its rewrite must not keep them.
      const nested = inside.filter((g) => g !== f && g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start);
      f.suggestions = f.suggestions.filter((sug) => {
        if (keeps(sug, nested)) return false;
        const at = f.start - span.start;
        const applied = original.slice(0, at) + sug + original.slice(f.end - span.start);
        return !analyze(applied, { ...o, vetting: true }).findings.some((g) => (g.start >= at && g.end <= at + sug.length) || g.rule === f.rule);
      });
    }
    const candidates: string[] = [];
    // The findings' own first suggestions, applied right to left where they do not overlap.
    const ordered = [...inside].sort((a, b) => b.start - a.start);
    const applyOwn = (from: string, skip?: (f: Finding) => boolean) => {
      let text = from;
      let lastStart = Infinity;
      for (const f of ordered) {
        if (skip?.(f) || !f.suggestions.length || f.end > lastStart || f.scope === 'sentence') continue;
        text = text.slice(0, f.start - span.start) + f.suggestions[0] + text.slice(f.end - span.start);
        lastStart = f.start;
      }
      return text;
    };
    const combined = applyOwn(original);
    if (combined !== original) candidates.push(combined);
    // Or step by step, as a user clicking would: the smallest finding's first suggestion, re-check, again.
    const stepwise = (from: string) => {
      let step = from;
      for (let i = 0; i < 5; i++) {
        const left = analyze(step, { ...o, vetting: true }).findings.filter((f) => f.suggestions.length);
        if (!left.length) break;
        const f = left.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
        step = applySuggestion(step, f, f.suggestions[0]);
      }
      return step;
    };
    const step = stepwise(original);
    if (step !== original) candidates.unshift(step);
    // Shouting: a rewrite must not keep the words in capitals (the vetting may no longer see
    // them as shouting once the rest of the sentence is calm), so it starts from the sentence with
    // those words in lower case.
    // The other findings' own first suggestions are applied to it (lower case keeps the offsets).
    const shouted = shoutedWords(inside);
    if (shouted.size) {
      const lower = calmCaps(original, shouted);
      const calm = lower.length === original.length ? applyOwn(lower, (f) => f.category === 'shouting') : lower;
      // Suggestions built from the matched words may bring the capitals back.
      const fromCalm = calmCaps(stepwise(calmCaps(calm, shouted)), shouted);
      if (fromCalm !== original) candidates.unshift(fromCalm);
    }
    candidates.push(...candidateRewrites(original, inside[0].category));
    const asks = inside.some((f) => f.category === 'imposition' || f.category === 'pressure') || isRequest(original);
    const vetted: string[] = [];
    // A rewrite of the whole sentence keeps none of the flagged phrases it replaces.
    // (Shouting is in the capitals, not the words: keepsCaps checks those.)
    const phrases = inside.filter((f) => f.end - f.start < span.end - span.start && !(f.category === 'shouting' && shoutedWords([f]).size));
    for (const c of candidates.slice(0, 10)) {
      if (vetted.includes(c) || keeps(c, phrases) || keepsCaps(c, shouted) || !keepsAsk(original, c, asks)) continue;
      if (analyze(c, { ...o, vetting: true }).findings.length === 0) vetted.push(c);
      if (vetted.length >= 3) break;
    }
    if (!vetted.length) continue;
    const rewrite = { start: span.start, end: span.end, suggestions: vetted };
    for (const f of inside) f.rewrite = rewrite;
  }
}
