/** The goals of an assignment; after a submission, each with met or not and why. */
import type { Goal } from '../../lib/practice/schema';
import { describeGoal, type Score } from '../../lib/practice/score';

export function GoalList({ goals, score }: { goals: readonly Goal[]; score?: Score | null }) {
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
              {result?.label ?? describeGoal(goal)}
              <span className="pr-visually-hidden">{state === 'met' ? ' (met)' : state === 'missed' ? ' (not met)' : ''}</span>
            </span>
            {result && <span className="pr-goal-why">{result.explanation}</span>}
          </li>
        );
      })}
    </ul>
  );
}
