/**
 * The coach's goal editor: one row per goal, fields by kind. Lists are typed as text ("send,
 * share"), kept as typed while editing, and turned into the goal's data by `toGoal`.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../lib/engine/types';
import { useI18n } from '../../lib/i18n/react';
import { GOAL_KINDS, type Goal, type GoalKind } from '../../lib/practice/schema';

export interface GoalDraft {
  kind: GoalKind;
  max: string;
  atOrAbove: Severity | '';
  categories: Category[];
  action: string;
  when: string;
  /** must-mention: one item a line, alternatives separated by "|"; must-not-mention: one a line. */
  phrases: string;
  label: string;
}

const list = (text: string, sep: RegExp) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

export function emptyGoal(kind: GoalKind): GoalDraft {
  // For 'max-friction' the box holds the lowest harmony (100 - the stored friction).
  const max = kind === 'max-friction' ? '75' : kind === 'max-words' ? '150' : '';
  return { kind, max, atOrAbove: kind === 'no-findings' ? 'warning' : '', categories: [], action: '', when: '', phrases: '', label: '' };
}

export function fromGoal(goal: Goal): GoalDraft {
  const d = emptyGoal(goal.kind);
  d.label = goal.label ?? '';
  switch (goal.kind) {
    case 'max-friction':
      return { ...d, max: String(100 - goal.max) };
    case 'max-words':
      return { ...d, max: String(goal.max) };
    case 'no-findings':
      return { ...d, atOrAbove: goal.atOrAbove ?? '', categories: goal.categories ?? [] };
    case 'ask':
      return { ...d, action: (goal.action ?? []).join(', '), when: (goal.when ?? []).join(', ') };
    case 'must-mention':
      return { ...d, phrases: goal.phrases.map((p) => (typeof p === 'string' ? p : p.join(' | '))).join('\n') };
    case 'must-not-mention':
      return { ...d, phrases: goal.phrases.join('\n') };
  }
}

/** The goal as data (not yet validated: the assignment schema does that). */
export function toGoal(d: GoalDraft): unknown {
  const label = d.label.trim() ? { label: d.label.trim() } : {};
  switch (d.kind) {
    case 'max-friction':
      return { kind: d.kind, max: d.max.trim() === '' ? undefined : 100 - Number(d.max), ...label };
    case 'max-words':
      return { kind: d.kind, max: d.max.trim() === '' ? undefined : Number(d.max), ...label };
    case 'no-findings':
      return { kind: d.kind, ...(d.atOrAbove ? { atOrAbove: d.atOrAbove } : {}), ...(d.categories.length ? { categories: d.categories } : {}), ...label };
    case 'ask': {
      const action = list(d.action, /,/);
      const when = list(d.when, /,/);
      return { kind: d.kind, ...(action.length ? { action } : {}), ...(when.length ? { when } : {}), ...label };
    }
    case 'must-mention':
      return {
        kind: d.kind,
        phrases: list(d.phrases, /\n/).map((line) => {
          const alternatives = list(line, /\|/);
          return alternatives.length === 1 ? alternatives[0] : alternatives;
        }),
        ...label,
      };
    case 'must-not-mention':
      return { kind: d.kind, phrases: list(d.phrases, /\n/), ...label };
  }
}

export interface GoalEditorProps {
  goals: GoalDraft[];
  onChange: (goals: GoalDraft[]) => void;
}

export function GoalEditor({ goals, onChange }: GoalEditorProps) {
  const set = (i: number, patch: Partial<GoalDraft>) => onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const i18n = useI18n();
  const { t } = i18n;
  // max-friction is stored as friction at most (100 - harmony) and shown on the one scale users see everywhere.
  const kindName = (kind: GoalKind) => t(`goalEditor.kind.${kind}`);
  return (
    <div className="pr-goal-editor" data-testid="goal-editor">
      {goals.map((g, i) => (
        <fieldset key={i} className="pr-goal-row" data-testid="goal-row" data-kind={g.kind}>
          <legend>
            {t('goalEditor.legend', { n: i + 1, kind: kindName(g.kind) })}
          </legend>
          {(g.kind === 'max-friction' || g.kind === 'max-words') && (
            <label>
              {g.kind === 'max-friction' ? t('goalEditor.lowestHarmony') : t('goalEditor.mostWords')}{' '}
              <input type="number" min={g.kind === 'max-friction' ? 0 : 1} max={g.kind === 'max-friction' ? 100 : 5000} value={g.max} onChange={(e) => set(i, { max: e.target.value })} />
            </label>
          )}
          {g.kind === 'no-findings' && (
            <>
              <label>
                {t('goalEditor.counts')}{' '}
                <select value={g.atOrAbove} onChange={(e) => set(i, { atOrAbove: e.target.value as Severity | '' })}>
                  <option value="">{t('goalEditor.anySeverity')}</option>
                  {SEVERITIES.filter((s) => s !== 'info').map((s) => (
                    <option key={s} value={s}>
                      {t('goalEditor.andAbove', { severity: i18n.severity(s) })}
                    </option>
                  ))}
                </select>
              </label>
              <details>
                <summary>{t('goalEditor.categories', { list: g.categories.length ? g.categories.map(i18n.category).join(', ') : t('goalEditor.allCategories') })}</summary>
                <div className="pr-checks">
                  {CATEGORIES.map((c) => (
                    <label key={c}>
                      <input
                        type="checkbox"
                        checked={g.categories.includes(c)}
                        onChange={(e) => set(i, { categories: e.target.checked ? [...g.categories, c] : g.categories.filter((x) => x !== c) })}
                      />{' '}
                      {i18n.category(c)}
                    </label>
                  ))}
                </div>
              </details>
            </>
          )}
          {g.kind === 'ask' && (
            <>
              <label>
                {t('goalEditor.action')}{' '}
                <input value={g.action} placeholder="send, share" onChange={(e) => set(i, { action: e.target.value })} data-testid="goal-action" />
              </label>
              <label>
                {t('goalEditor.when')}{' '}
                <input value={g.when} placeholder="Friday" onChange={(e) => set(i, { when: e.target.value })} />
              </label>
            </>
          )}
          {(g.kind === 'must-mention' || g.kind === 'must-not-mention') && (
            <label>
              {g.kind === 'must-mention' ? t('goalEditor.phrasesAlternatives') : t('goalEditor.phrases')}
              <textarea rows={3} value={g.phrases} onChange={(e) => set(i, { phrases: e.target.value })} />
            </label>
          )}
          <label>
            {t('goalEditor.label')}{' '}
            <input value={g.label} onChange={(e) => set(i, { label: e.target.value })} />
          </label>
          <button type="button" className="pr-link" onClick={() => onChange(goals.filter((_, j) => j !== i))}>
            {t('goalEditor.remove')}
          </button>
        </fieldset>
      ))}
      <label className="pr-add-goal">
        {t('goalEditor.add')}{' '}
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...goals, emptyGoal(e.target.value as GoalKind)]);
          }}
          data-testid="goal-add"
        >
          <option value="">{t('goalEditor.choose')}</option>
          {GOAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
