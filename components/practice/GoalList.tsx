/** The goals of an assignment; after a submission, each with met or not and why. */
import { useI18n } from '../../lib/i18n/react';
import type { Goal } from '../../lib/practice/schema';
import type { Score } from '../../lib/practice/score';
import { describeGoalIn } from './goal-words';

export function GoalList({ goals, score }: { goals: readonly Goal[]; score?: Score | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ul className="pr-goals" data-testid="pr-goals">
      {goals.map((goal, i) => {
        const result = score?.goals[i];
        const state = result ? (result.met ? 'met' : 'missed') : 'open';
        return (
          <li key={i} className={`pr-goal pr-goal-${state}`} data-testid="pr-goal" data-state={state} data-kind={goal.kind}>
            <span className="pr-goal-mark" aria-hidden="true">
              {state === 'met' ? '✓' : state === 'missed' ? '✗' : '○'}
            </span>
            <span className="pr-goal-label">
              {describeGoalIn(goal, i18n)}
              <span className="pr-visually-hidden">{state === 'met' ? t('pr.goal.met') : state === 'missed' ? t('pr.goal.missed') : ''}</span>
            </span>
            {result && <span className="pr-goal-why">{result.explanation}</span>}
          </li>
        );
      })}
    </ul>
  );
}
