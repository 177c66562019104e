/**
 * A rule editor for simple rules (phrases or a pattern, message, why, suggestions, examples)
 * with a live preview: the rule is checked and its examples run on every keystroke, and a
 * sentence typed in "Try it" shows whether the rule fires and what it suggests. Saving puts the
 * rule into one of the user's own packs (installed like any other pack, so it can be exported).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { stringify } from 'yaml';
import { analyze } from '../../lib/engine/analyze';
import { applySuggestion } from '../../lib/engine/apply';
import { CATEGORIES, SEVERITIES, type Finding } from '../../lib/engine/types';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/react';
import { runExamples, type ExampleReport } from '../../lib/packs/examples';
import { loadPack, type PackError } from '../../lib/packs/load';
import type { Pack, Rule } from '../../lib/packs/schema';
import type { InstallOutcome, InstalledPack } from '../../lib/storage/install';
import { sendPackRequest } from '../../lib/storage/messages';
import { Outcome } from './Outcome';

export interface RuleDraft {
  id: string;
  category: Rule['category'];
  severity: Rule['severity'];
  kind: 'phrases' | 'pattern';
  phrases: string;
  pattern: string;
  message: string;
  why: string;
  suggest: string;
  flag: string;
  pass: string;
  fixBefore: string;
  fixAfter: string;
}

export const EMPTY_DRAFT: RuleDraft = {
  id: '',
  category: 'vagueness',
  severity: 'suggestion',
  kind: 'phrases',
  phrases: '',
  pattern: '',
  message: '',
  why: '',
  suggest: '',
  flag: '',
  pass: '',
  fixBefore: '',
  fixAfter: '',
};

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A draft from an existing rule (fields the editor does not show are kept in `base`). */
export function draftFromRule(rule: Rule): RuleDraft {
  const message = typeof rule.message === 'string' ? rule.message : rule.message.en;
  const why = typeof rule.why === 'string' ? rule.why : rule.why.en;
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    kind: rule.match.pattern ? 'pattern' : 'phrases',
    phrases: (rule.match.phrases ?? []).join('\n'),
    pattern: rule.match.pattern ?? '',
    message,
    why,
    suggest: (rule.suggest ?? []).join('\n'),
    flag: rule.examples.flag.join('\n'),
    pass: rule.examples.pass.join('\n'),
    fixBefore: rule.examples.fix?.[0]?.before ?? '',
    fixAfter: rule.examples.fix?.[0]?.after ?? '',
  };
}

export function ruleFromDraft(d: RuleDraft, base?: Rule): Record<string, unknown> {
  const suggest = lines(d.suggest);
  const { suggest: _s, ...kept } = base ?? ({} as Partial<Rule>);
  const baseMatch = base?.match ? { caseSensitive: base.match.caseSensitive } : {};
  return {
    ...kept,
    id: d.id.trim(),
    category: d.category,
    severity: d.severity,
    match: { ...(d.kind === 'phrases' ? { phrases: lines(d.phrases) } : { pattern: d.pattern.trim() }), ...(baseMatch.caseSensitive !== undefined ? baseMatch : {}) },
    message: d.message.trim(),
    why: d.why.trim(),
    ...(suggest.length ? { suggest } : {}),
    examples: {
      flag: lines(d.flag),
      pass: lines(d.pass),
      ...(d.fixBefore.trim() && d.fixAfter.trim() ? { fix: [{ before: d.fixBefore.trim(), after: d.fixAfter.trim() }] } : {}),
    },
  };
}

export interface PackTarget {
  id: string;
  name: string;
}

/** The user's pack with this rule added (or replaced), one patch version up. */
export function packWithRule(target: PackTarget, rule: Record<string, unknown>, existing?: Pack): Record<string, unknown> {
  if (!existing) {
    return {
      id: target.id,
      version: '1.0.0',
      name: target.name,
      description: 'Rules written in the Nemawashi rule editor.',
      language: 'en',
      audience: 'consensus',
      license: 'CC0-1.0',
      rules: [rule],
    };
  }
  const [major, minor, patch] = existing.version.split(/[.+-]/).map(Number);
  const rules = existing.rules.some((r) => r.id === rule.id)
    ? existing.rules.map((r) => (r.id === rule.id ? rule : r))
    : [...existing.rules, rule];
  return { ...existing, name: target.name || existing.name, version: `${major}.${minor}.${patch + 1}`, rules };
}

interface Checked {
  errors: { field: string; message: string }[];
  report?: ExampleReport;
  findings?: Finding[];
}

/** Check one rule as a one-rule pack: schema, compile, examples, and the "Try it" sentence. */
export function checkDraft(draft: RuleDraft, base: Rule | undefined, trial: string): Checked {
  const pack = packWithRule({ id: 'preview/rule', name: 'preview' }, ruleFromDraft(draft, base));
  const loaded = loadPack(JSON.stringify(pack), 'rule');
  if (!loaded.ok) {
    return { errors: loaded.errors.map((e: PackError) => ({ field: e.path.replace(/^rules\[0\]\.?/, '') || 'rule', message: e.message })) };
  }
  const findings = trial.trim() ? analyze(trial, { packs: [loaded.pack] }).findings : [];
  return { errors: [], report: runExamples(loaded.pack), findings };
}

export interface RuleEditorProps {
  /** The user's own packs (made in the editor), to add the rule to. */
  editorPacks: InstalledPack[];
  /** A rule to start from (Edit / Copy to editor) and the pack it came from. */
  start?: { rule: Rule; packId: string } | null;
}

export function RuleEditor({ editorPacks, start }: RuleEditorProps) {
  const words = useI18n();
  const { t } = words;
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_DRAFT);
  const [base, setBase] = useState<Rule | undefined>();
  const [target, setTarget] = useState<PackTarget>({ id: 'my/rules', name: 'My rules' });
  const [trial, setTrial] = useState('');
  const [outcome, setOutcome] = useState<InstallOutcome | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!start) return;
    setDraft(draftFromRule(start.rule));
    setBase(start.rule);
    setTrial(start.rule.examples.flag[0] ?? '');
    const own = editorPacks.find((p) => p.pack.id === start.packId);
    if (own) setTarget({ id: own.pack.id, name: own.pack.name });
    setOutcome(null);
    // Only when another rule is opened: a change to the user's packs must not reset the form.
  }, [start]);

  const deferred = useDeferredValue({ draft, trial, base });
  const checked = useMemo(() => checkDraft(deferred.draft, deferred.base, deferred.trial), [deferred]);
  const failures = checked.report?.failures ?? [];
  const canSave = !saving && checked.errors.length === 0 && failures.length === 0 && !!checked.report;

  const set = <K extends keyof RuleDraft>(key: K) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value as RuleDraft[K] }));
  // An untouched form is not wrong yet: errors show once the user starts writing.
  const touched = draft !== EMPTY_DRAFT;
  const fieldErrors = (field: string) =>
    !touched ? [] : checked.errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));

  async function save() {
    setSaving(true);
    try {
      const existing = editorPacks.find((p) => p.pack.id === target.id)?.pack;
      const pack = packWithRule(target, ruleFromDraft(draft, base), existing);
      const result = await sendPackRequest({ type: 'nemawashi:pack-install', source: stringify(pack, { lineWidth: 0 }), file: `${target.id} (editor)`, origin: 'editor' });
      setOutcome(result);
    } catch (e) {
      setOutcome({ status: 'refused', reason: (e as Error).message, errors: [] });
    } finally {
      setSaving(false);
    }
  }

  const field = (key: keyof RuleDraft, label: MessageKey, input: React.ReactNode) => (
    <label className="field">
      <span>{t(label)}</span>
      {input}
      {fieldErrors(fieldName(key)).map((e, i) => (
        <em key={i} className="error" data-testid="editor-error">
          {e.field}: {e.message}
        </em>
      ))}
    </label>
  );

  return (
    <section className="editor" aria-labelledby="editor-title" data-testid="rule-editor">
      <h2 id="editor-title">{t('editor.title')}</h2>
      <div className="editor-grid">
        <div>
          <div className="row">
            <label className="field">
              <span>{t('editor.packId')}</span>
              <input value={target.id} onChange={(e) => setTarget({ ...target, id: e.target.value })} list="editor-packs" data-testid="editor-pack-id" />
              <datalist id="editor-packs">
                {editorPacks.map((p) => (
                  <option key={p.pack.id} value={p.pack.id} />
                ))}
              </datalist>
            </label>
            <label className="field">
              <span>{t('editor.packName')}</span>
              <input value={target.name} onChange={(e) => setTarget({ ...target, name: e.target.value })} data-testid="editor-pack-name" />
            </label>
          </div>
          {field('id', 'editor.ruleId', <input value={draft.id} onChange={set('id')} placeholder="circle-back" data-testid="editor-id" />)}
          <div className="row">
            {field(
              'category',
              'editor.category',
              <select value={draft.category} onChange={set('category')} data-testid="editor-category">
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {words.category(c)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'severity',
              'editor.severity',
              <select value={draft.severity} onChange={set('severity')} data-testid="editor-severity">
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {words.severity(s)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'kind',
              'editor.matches',
              <select value={draft.kind} onChange={set('kind')} data-testid="editor-kind">
                <option value="phrases">{t('editor.kind.phrases')}</option>
                <option value="pattern">{t('editor.kind.pattern')}</option>
              </select>,
            )}
          </div>
          {draft.kind === 'phrases'
            ? field('phrases', 'editor.phrases', <textarea rows={3} value={draft.phrases} onChange={set('phrases')} data-testid="editor-phrases" />)
            : field('pattern', 'editor.pattern', <input value={draft.pattern} onChange={set('pattern')} data-testid="editor-pattern" />)}
          {field('message', 'editor.message', <input value={draft.message} onChange={set('message')} data-testid="editor-message" />)}
          {field('why', 'editor.why', <textarea rows={2} value={draft.why} onChange={set('why')} data-testid="editor-why" />)}
          {field('suggest', 'editor.suggest', <textarea rows={2} value={draft.suggest} onChange={set('suggest')} data-testid="editor-suggest" />)}
          {field('flag', 'editor.flag', <textarea rows={2} value={draft.flag} onChange={set('flag')} data-testid="editor-flag" />)}
          {field('pass', 'editor.pass', <textarea rows={2} value={draft.pass} onChange={set('pass')} data-testid="editor-pass" />)}
          <div className="row">
            {field('fixBefore', 'editor.fixBefore', <input value={draft.fixBefore} onChange={set('fixBefore')} data-testid="editor-fix-before" />)}
            {field('fixAfter', 'editor.fixAfter', <input value={draft.fixAfter} onChange={set('fixAfter')} data-testid="editor-fix-after" />)}
          </div>
        </div>

        <div className="preview" aria-live="polite">
          <label className="field">
            <span>{t('editor.try')}</span>
            <textarea rows={3} value={trial} onChange={(e) => setTrial(e.target.value)} placeholder={t('editor.tryPlaceholder')} data-testid="editor-try" />
          </label>
          <div data-testid="editor-preview">
            {!touched ? (
              <p className="meta">{t('editor.intro')}</p>
            ) : checked.errors.length > 0 ? (
              <ul className="errors" data-testid="editor-errors">
                {checked.errors.map((e, i) => (
                  <li key={i}>
                    {e.field}: {e.message}
                  </li>
                ))}
              </ul>
            ) : trial.trim() ? (
              checked.findings?.length ? (
                checked.findings.map((f, i) => (
                  <div key={i} className="preview-finding" data-testid="editor-finding">
                    <p>
                      {t('editor.fires')} <q>{f.text}</q>: {f.message}
                    </p>
                    {f.suggestions.map((s) => (
                      <p key={s} className="meta" data-testid="editor-suggestion">
                        → {applySuggestion(trial, f, s)}
                      </p>
                    ))}
                  </div>
                ))
              ) : (
                <p data-testid="editor-no-finding">{t('editor.noFinding')}</p>
              )
            ) : null}
          </div>
          {checked.report && (
            <div data-testid="editor-examples" data-failures={failures.length}>
              <p>{t('editor.examples', { passed: checked.report.passed, failed: failures.length })}</p>
              <ul className="errors">
                {failures.map((f, i) => (
                  <li key={i}>
                    {f.kind}: <q>{f.example}</q> — {f.problem}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" disabled={!canSave} onClick={() => void save()} data-testid="editor-save">
            {t('editor.save', { pack: target.id || t('editor.savePack') })}
          </button>
          {outcome && <Outcome outcome={outcome} />}
        </div>
      </div>
    </section>
  );
}

/** The schema path (after rules[0]) that a form field's errors come under. */
function fieldName(key: keyof RuleDraft): string {
  return (
    {
      phrases: 'match',
      pattern: 'match',
      kind: 'match.kind',
      suggest: 'suggest',
      flag: 'examples.flag',
      pass: 'examples.pass',
      fixBefore: 'examples.fix',
      fixAfter: '-',
    } as Record<string, string>
  )[key] ?? key;
}
