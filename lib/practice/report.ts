/**
 * The progress report a learner exports for the coach: per assignment, the draft (before), every
 * attempt (text, friction, score per goal, findings per category) and the hints used. JSON for
 * the coach's builder page (validated like every other file we read), and a printable HTML page.
 * Categories that keep coming back are computed from the attempts, never stored.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../engine/types';
import { i18n, type I18n } from '../i18n';
import { parsePackSource, zodErrorsAt, type PackError } from '../packs/load';
import type { Assignment } from './schema';
import type { Score } from './score';
import { situationIn } from './words';

export const REPORT_FORMAT = 'nemawashi/progress-report';

/** One submitted rewrite, as kept in the learner's history. */
export interface Attempt {
  id: string;
  assignmentId: string;
  /** ISO date-time of the submission. */
  at: string;
  text: string;
  hintsRevealed: number;
  score: Score;
}

const counts = <T extends readonly [string, ...string[]]>(keys: T) => z.partialRecord(z.enum(keys), z.number().int().min(0));

const ReportGoal = z.object({ kind: z.string(), label: z.string(), met: z.boolean(), explanation: z.string() });

const ReportAttempt = z.object({
  at: z.iso.datetime({ offset: true }),
  text: z.string().max(20_000),
  friction: z.number().min(0).max(100),
  words: z.number().int().min(0),
  met: z.number().int().min(0),
  total: z.number().int().min(0),
  passed: z.boolean(),
  hintsRevealed: z.number().int().min(0),
  goals: z.array(ReportGoal),
  findingsByCategory: counts(CATEGORIES),
  findingsBySeverity: counts(SEVERITIES),
});
export type ReportAttempt = z.infer<typeof ReportAttempt>;

const ReportAssignment = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string().optional(),
  situation: z.string().optional(),
  scenario: z.string().optional(),
  draft: z.string(),
  /** The draft's own friction and findings, for the before/after comparison. */
  baseline: z.object({ friction: z.number().min(0).max(100), findingsByCategory: counts(CATEGORIES) }).optional(),
  goals: z.array(z.string()),
  attempts: z.array(ReportAttempt),
});
export type ReportAssignment = z.infer<typeof ReportAssignment>;

export const ProgressReport = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(1),
  generatedAt: z.iso.datetime({ offset: true }),
  learner: z.string().max(200).optional(),
  assignments: z.array(ReportAssignment).max(500),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

export interface Baseline {
  friction: number;
  findingsByCategory: Score['findingsByCategory'];
}

/**
 * Build the report from the local history. Assignments without attempts are left out;
 * `baseline` gives the draft's own friction (the page computes it with the engine).
 */
export function buildReport(
  assignments: readonly Assignment[],
  attempts: readonly Attempt[],
  options: { learner?: string; now?: Date; baseline?: (a: Assignment) => Baseline | undefined } = {},
): ProgressReport {
  const byAssignment = new Map<string, Attempt[]>();
  for (const a of attempts) byAssignment.set(a.assignmentId, [...(byAssignment.get(a.assignmentId) ?? []), a]);
  const entries: ReportAssignment[] = [];
  for (const assignment of assignments) {
    const mine = (byAssignment.get(assignment.id) ?? []).sort((x, y) => x.at.localeCompare(y.at));
    if (mine.length === 0) continue;
    entries.push({
      id: assignment.id,
      title: assignment.title,
      author: assignment.author,
      situation: assignment.situation,
      scenario: assignment.scenario,
      draft: assignment.draft,
      baseline: options.baseline?.(assignment),
      goals: mine[mine.length - 1].score.goals.map((g) => g.label),
      attempts: mine.map((a) => ({
        at: a.at,
        text: a.text,
        friction: a.score.friction,
        words: a.score.words,
        met: a.score.met,
        total: a.score.total,
        passed: a.score.passed,
        hintsRevealed: a.hintsRevealed,
        goals: a.score.goals.map(({ kind, label, met, explanation }) => ({ kind, label, met, explanation })),
        findingsByCategory: a.score.findingsByCategory,
        findingsBySeverity: a.score.findingsBySeverity,
      })),
    });
  }
  return {
    format: REPORT_FORMAT,
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    ...(options.learner ? { learner: options.learner } : {}),
    assignments: entries,
  };
}

export type ReportLoadResult = { ok: true; report: ProgressReport } | { ok: false; errors: PackError[] };

export function loadReport(source: string, file = '<report>'): ReportLoadResult {
  const parsed = parsePackSource(source, file);
  if (!parsed.ok) return parsed;
  const result = ProgressReport.safeParse(parsed.value);
  if (!result.success) {
    const notAReport = (parsed.value as { format?: unknown } | null)?.format !== REPORT_FORMAT;
    if (notAReport) return { ok: false, errors: [{ file, line: 1, column: 1, path: 'format', message: `not a progress report (expected format: ${REPORT_FORMAT})` }] };
    return { ok: false, errors: zodErrorsAt(result.error.issues, parsed.doc, parsed.lines, file) };
  }
  return { ok: true, report: result.data };
}

export interface RecurringCategory {
  category: string;
  /** Findings in this category over all attempts. */
  findings: number;
  /** Attempts that had at least one. */
  attempts: number;
  /** Assignments where it showed up at all, and where it was still there in the last attempt. */
  assignments: number;
  stillInLast: number;
}

/** The categories that keep coming back, most persistent first. */
export function recurringCategories(report: ProgressReport): RecurringCategory[] {
  const by = new Map<string, RecurringCategory>();
  const get = (category: string) => {
    let r = by.get(category);
    if (!r) by.set(category, (r = { category, findings: 0, attempts: 0, assignments: 0, stillInLast: 0 }));
    return r;
  };
  for (const a of report.assignments) {
    const seen = new Set<string>();
    a.attempts.forEach((attempt, i) => {
      for (const [category, n] of Object.entries(attempt.findingsByCategory)) {
        if (!n) continue;
        const r = get(category);
        r.findings += n;
        r.attempts += 1;
        if (!seen.has(category)) {
          seen.add(category);
          r.assignments += 1;
        }
        if (i === a.attempts.length - 1) r.stillInLast += 1;
      }
    });
  }
  return [...by.values()].sort((x, y) => y.attempts - x.attempts || y.findings - x.findings || x.category.localeCompare(y.category));
}

export interface ReportSummary {
  assignments: number;
  passed: number;
  attempts: number;
  /** Mean friction of first and of last attempts. */
  firstFriction: number;
  lastFriction: number;
}

export function summarise(report: ProgressReport): ReportSummary {
  const done = report.assignments.filter((a) => a.attempts.length > 0);
  const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : 0);
  return {
    assignments: done.length,
    passed: done.filter((a) => a.attempts.some((t) => t.passed)).length,
    attempts: done.reduce((s, a) => s + a.attempts.length, 0),
    firstFriction: mean(done.map((a) => a.attempts[0].friction)),
    lastFriction: mean(done.map((a) => a.attempts[a.attempts.length - 1].friction)),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function formatDate(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}

/**
 * A standalone, printable HTML page of the report (every text escaped; no script, no fetch), in
 * the language of `words` (the page's I18n; English by default).
 */
export function reportToHtml(report: ProgressReport, words: I18n = i18n('en')): string {
  const s = summarise(report);
  const recurring = recurringCategories(report);
  const e = escapeHtml;
  const { t } = words;
  const harmony = (friction: number) => e(t('pr.report.harmony', { harmony: 100 - friction }));
  const assignments = report.assignments
    .map((a) => {
      const last = a.attempts[a.attempts.length - 1];
      const rows = a.attempts
        .map(
          (x, i) =>
            `<tr><td>${i + 1}</td><td>${e(formatDate(x.at))}</td><td>${x.met}/${x.total}${x.passed ? ' ✓' : ''}</td><td>${100 - x.friction}</td><td>${x.words}</td><td>${x.hintsRevealed}</td></tr>`,
        )
        .join('');
      const goals = last.goals
        .map((g) => `<li class="${g.met ? 'met' : 'missed'}">${g.met ? '✓' : '✗'} ${e(g.label)} <span class="why">${e(g.explanation)}</span></li>`)
        .join('');
      return `<section class="assignment">
<h2>${e(a.title)}</h2>
${a.situation ? `<p class="meta">${e(situationIn(a.situation, words))}</p>` : ''}
<table><thead><tr><th>${e(t('pr.col.number'))}</th><th>${e(t('pr.col.when'))}</th><th>${e(t('pr.col.goalsMet'))}</th><th>${e(t('pr.col.harmony'))}</th><th>${e(t('pr.col.words'))}</th><th>${e(t('pr.col.hints'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h3>${e(t('pr.report.lastGoals'))}</h3><ul class="goals">${goals}</ul>
<div class="compare"><div><h3>${e(t('pr.report.before'))}${a.baseline ? harmony(a.baseline.friction) : ''}</h3><pre>${e(a.draft)}</pre></div>
<div><h3>${e(t('pr.report.after'))}${harmony(last.friction)}</h3><pre>${e(last.text)}</pre></div></div>
</section>`;
    })
    .join('\n');
  const recurringRows = recurring
    .map((r) => `<tr><td>${e(words.category(r.category))}</td><td>${r.attempts}</td><td>${r.findings}</td><td>${r.assignments}</td><td>${r.stillInLast}</td></tr>`)
    .join('');
  const title = t('pr.report.title');
  return `<!doctype html>
<html lang="${e(words.locale)}"><head><meta charset="utf-8"><title>${e(title)}${report.learner ? ` — ${e(report.learner)}` : ''}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; color: #202124; max-width: 900px; margin: 2em auto; padding: 0 1em; }
h1 { margin-bottom: 0.2em; } .meta { color: #5f6368; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; } th, td { border: 1px solid #dadce0; padding: 3px 8px; text-align: left; }
.figures { display: flex; gap: 2em; margin: 1em 0; } .figures b { display: block; font-size: 1.6em; }
.goals { list-style: none; padding: 0; } .goals .met { color: #188038; } .goals .missed { color: #c5221f; } .why { color: #5f6368; }
.compare { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
pre { white-space: pre-wrap; font: inherit; background: #f8f9fa; border: 1px solid #e8eaed; padding: 0.6em; border-radius: 4px; }
section.assignment { break-inside: avoid-page; border-top: 2px solid #e8eaed; margin-top: 1.5em; }
@media print { body { margin: 0; max-width: none; } pre { background: none; } }
</style></head><body>
<h1>${e(title)}</h1>
<p class="meta">${report.learner ? `${e(report.learner)} · ` : ''}${e(t('pr.report.generated', { date: formatDate(report.generatedAt) }))}</p>
<div class="figures"><div><b>${s.assignments}</b>${e(t('pr.report.done'))}</div><div><b>${s.passed}</b>${e(t('pr.report.passed'))}</div><div><b>${s.attempts}</b>${e(t('pr.report.attempts'))}</div><div><b>${100 - s.firstFriction} → ${100 - s.lastFriction}</b>${e(t('pr.report.mean'))}</div></div>
${recurring.length ? `<h2>${e(t('pr.report.recurring'))}</h2><table><thead><tr><th>${e(t('pr.report.category'))}</th><th>${e(t('pr.report.withIt'))}</th><th>${e(t('pr.report.findings'))}</th><th>${e(t('pr.report.assignments'))}</th><th>${e(t('pr.report.stillInLast'))}</th></tr></thead><tbody>${recurringRows}</tbody></table>` : ''}
${assignments}
</body></html>
`;
}
