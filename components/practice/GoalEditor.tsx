/**
 * The coach's goal editor: one row per goal, fields by kind. Lists are typed as text ("send,
 * share"), kept as typed while editing, and turned into the goal's data by `toGoal`.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../lib/engine/types';
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

export const GOAL_KIND_NAMES: Record<GoalKind, string> = {
  // Stored as friction at most (100 - harmony); shown on the one scale users see everywhere.
  'max-friction': 'Harmony at least …',
  'no-findings': 'No finding (of a severity or category)',
  ask: 'The ask is still there (action + date/time)',
  'max-words': 'At most … words',
  'must-mention': 'Must mention …',
  'must-not-mention': 'Must not say …',
};

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
  return (
    <div className="pr-goal-editor" data-testid="goal-editor">
      {goals.map((g, i) => (
        <fieldset key={i} className="pr-goal-row" data-testid="goal-row" data-kind={g.kind}>
          <legend>
            Goal {i + 1}: {GOAL_KIND_NAMES[g.kind]}
          </legend>
          {(g.kind === 'max-friction' || g.kind === 'max-words') && (
            <label>
              {g.kind === 'max-friction' ? 'Lowest harmony (0-100)' : 'Most words'}{' '}
              <input type="number" min={g.kind === 'max-friction' ? 0 : 1} max={g.kind === 'max-friction' ? 100 : 5000} value={g.max} onChange={(e) => set(i, { max: e.target.value })} />
            </label>
          )}
          {g.kind === 'no-findings' && (
            <>
              <label>
                Findings that count{' '}
                <select value={g.atOrAbove} onChange={(e) => set(i, { atOrAbove: e.target.value as Severity | '' })}>
                  <option value="">any severity</option>
                  {SEVERITIES.filter((s) => s !== 'info').map((s) => (
                    <option key={s} value={s}>
                      {s} and above
                    </option>
                  ))}
                </select>
              </label>
              <details>
                <summary>Only some categories ({g.categories.length ? g.categories.join(', ') : 'all'})</summary>
                <div className="pr-checks">
                  {CATEGORIES.map((c) => (
                    <label key={c}>
                      <input
                        type="checkbox"
                        checked={g.categories.includes(c)}
                        onChange={(e) => set(i, { categories: e.target.checked ? [...g.categories, c] : g.categories.filter((x) => x !== c) })}
                      />{' '}
                      {c}
                    </label>
                  ))}
                </div>
              </details>
            </>
          )}
          {g.kind === 'ask' && (
            <>
              <label>
                The action (verbs or nouns, comma-separated; empty: any){' '}
                <input value={g.action} placeholder="send, share" onChange={(e) => set(i, { action: e.target.value })} data-testid="goal-action" />
              </label>
              <label>
                The date or time must contain (comma-separated; empty: any date or time){' '}
                <input value={g.when} placeholder="Friday" onChange={(e) => set(i, { when: e.target.value })} />
              </label>
            </>
          )}
          {(g.kind === 'must-mention' || g.kind === 'must-not-mention') && (
            <label>
              {g.kind === 'must-mention' ? 'Phrases, one a line (alternatives on one line, separated by |)' : 'Phrases, one a line'}
              <textarea rows={3} value={g.phrases} onChange={(e) => set(i, { phrases: e.target.value })} />
            </label>
          )}
          <label>
            As the learner reads it (optional){' '}
            <input value={g.label} onChange={(e) => set(i, { label: e.target.value })} />
          </label>
          <button type="button" className="pr-link" onClick={() => onChange(goals.filter((_, j) => j !== i))}>
            Remove this goal
          </button>
        </fieldset>
      ))}
      <label className="pr-add-goal">
        Add a goal{' '}
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...goals, emptyGoal(e.target.value as GoalKind)]);
          }}
          data-testid="goal-add"
        >
          <option value="">choose a kind…</option>
          {GOAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {GOAL_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
