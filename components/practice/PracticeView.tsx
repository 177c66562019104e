/**
 * One assignment, as the learner works on it: the scenario and the goals, the draft in a live
 * checked editor, "Check my rewrite" for a score per goal, retry, hints one by one, the model
 * answer after the first submission, and the attempts so far. The builder shows the same view as
 * its preview (without storing anything).
 */
import { useEffect, useRef, useState } from 'react';
import { analyze } from '../../lib/engine';
import type { CompiledPack } from '../../lib/packs/compile';
import type { Attempt } from '../../lib/practice/report';
import type { Assignment } from '../../lib/practice/schema';
import { scoreAttempt, type Score } from '../../lib/practice/score';
import { AssignmentBrief } from './AssignmentBrief';
import { CheckedEditor } from './CheckedEditor';
import { GoalList } from './GoalList';
import { Hints } from './Hints';
import { ModelAnswer } from './ModelAnswer';

export interface Work {
  text: string;
  hintsRevealed: number;
}

export interface PracticeViewProps {
  assignment: Assignment;
  packs: readonly CompiledPack[];
  /** Pack ids the assignment names that are not installed here. */
  missingPacks?: readonly string[];
  /** This assignment's earlier attempts, oldest first. */
  attempts?: readonly Attempt[];
  initialWork?: Work;
  /** The rewrite or the hints changed (to keep work in progress). */
  onWork?: (work: Work) => void;
  onSubmit?: (attempt: Attempt) => void | Promise<void>;
  now?: () => Date;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
}

export function PracticeView({ assignment, packs, missingPacks = [], attempts = [], initialWork, onWork, onSubmit, now = () => new Date() }: PracticeViewProps) {
  const [text, setText] = useState(initialWork?.text ?? assignment.draft);
  const [hintsRevealed, setHintsRevealed] = useState(initialWork?.hintsRevealed ?? 0);
  const [score, setScore] = useState<Score | null>(null);
  const [submittedText, setSubmittedText] = useState<string | null>(null);
  const [showModel, setShowModel] = useState(false);
  const scoreRef = useRef<HTMLElement>(null);
  const submittedBefore = attempts.length > 0 || score !== null;

  useEffect(() => onWork?.({ text, hintsRevealed }), [text, hintsRevealed]);

  const submit = async () => {
    const result = analyze(text, { packs, audience: assignment.audience });
    const s = scoreAttempt(assignment.goals, text, result);
    setScore(s);
    setSubmittedText(text);
    await onSubmit?.({ id: newId(), assignmentId: assignment.id, at: now().toISOString(), text, hintsRevealed, score: s });
    scoreRef.current?.focus();
  };

  return (
    <article className="pr-practice" data-testid="pr-practice" data-assignment={assignment.id}>
      <AssignmentBrief assignment={assignment} />
      {missingPacks.length > 0 && (
        <p className="pr-warning" role="alert">
          This assignment uses {missingPacks.join(', ')}, not installed here: findings from {missingPacks.length === 1 ? 'that pack' : 'those packs'} will
          not show.
        </p>
      )}
      <section className="pr-goals-box" aria-label="Goals">
        <h3>Your rewrite should meet these goals</h3>
        <GoalList goals={assignment.goals} score={score} />
      </section>

      <CheckedEditor value={text} onChange={setText} packs={packs} audience={assignment.audience} label="Your rewrite" testId="pr-editor" />

      <div className="pr-actions">
        <button type="button" className="pr-primary" onClick={() => void submit()} data-testid="pr-submit">
          {submittedBefore ? 'Check again' : 'Check my rewrite'}
        </button>
        <button type="button" onClick={() => setText(assignment.draft)} disabled={text === assignment.draft} data-testid="pr-start-over">
          Start over from the draft
        </button>
        {assignment.modelAnswer && (
          <button type="button" onClick={() => setShowModel((v) => !v)} disabled={!submittedBefore} data-testid="pr-show-model" title={submittedBefore ? undefined : 'Available after your first check'}>
            {showModel ? 'Hide the model answer' : 'Compare with the model answer'}
          </button>
        )}
      </div>

      {score && (
        <section
          ref={scoreRef}
          tabIndex={-1}
          className={`pr-score ${score.passed ? 'pr-score-passed' : ''}`}
          aria-live="polite"
          data-testid="pr-score"
          data-met={score.met}
          data-total={score.total}
          data-passed={score.passed}
        >
          <h3>
            {score.passed ? `All ${score.total} goals met. Well done.` : `${score.met} of ${score.total} goals met`}
          </h3>
          <p>
            Harmony {100 - score.friction}/100, {score.words} words.{' '}
            {score.passed ? 'Compare with the model answer, or try another assignment.' : 'Change what is marked ✗ above, then check again.'}
          </p>
        </section>
      )}

      <Hints hints={assignment.hints} revealed={hintsRevealed} onReveal={() => setHintsRevealed((n) => Math.min(n + 1, assignment.hints.length))} />

      {showModel && assignment.modelAnswer && (
        <ModelAnswer mine={submittedText ?? text} model={assignment.modelAnswer} packs={packs} audience={assignment.audience} />
      )}

      {attempts.length > 0 && (
        <section className="pr-history" aria-label="Your attempts">
          <h3>Your attempts</h3>
          <table data-testid="pr-attempts">
            <thead>
              <tr>
                <th>#</th>
                <th>When</th>
                <th>Goals met</th>
                <th>Harmony</th>
                <th>Text</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a, i) => (
                <tr key={a.id}>
                  <td>{i + 1}</td>
                  <td>{new Date(a.at).toLocaleString()}</td>
                  <td>
                    {a.score.met}/{a.score.total} {a.score.passed ? '✓' : ''}
                  </td>
                  <td>{100 - a.score.friction}</td>
                  <td>
                    <details>
                      <summary>Read</summary>
                      <div className="pr-text">{a.text}</div>
                      <button type="button" onClick={() => setText(a.text)}>
                        Put this text back in the editor
                      </button>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
