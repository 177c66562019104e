/**
 * One assignment, as the learner works on it: the scenario and the goals, the draft in a live
 * checked editor, "Check my rewrite" for a score per goal, retry, hints one by one, the model
 * answer after the first submission, and the attempts so far. The builder shows the same view as
 * its preview (without storing anything).
 */
import { useEffect, useRef, useState } from 'react';
import { analyze } from '../../lib/engine';
import { useI18n } from '../../lib/i18n/react';
import type { CompiledPack } from '../../lib/packs/compile';
import type { Attempt } from '../../lib/practice/report';
import type { Assignment } from '../../lib/practice/schema';
import { scoreAttempt, type Score } from '../../lib/practice/score';
import { AssignmentBrief } from './AssignmentBrief';
import { CheckedEditor } from './CheckedEditor';
import { explanationWords } from './goal-words';
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
  const i18n = useI18n();
  const { t, locale } = i18n;

  useEffect(() => onWork?.({ text, hintsRevealed }), [text, hintsRevealed]);

  const submit = async () => {
    const result = analyze(text, { packs, audience: assignment.audience, locale });
    const s = scoreAttempt(assignment.goals, text, result, explanationWords(i18n));
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
          {t('pr.missingPacks', { packs: missingPacks.join(', '), count: missingPacks.length })}
        </p>
      )}
      <section className="pr-goals-box" aria-label={t('pr.goals.label')}>
        <h3>{t('pr.goals.title')}</h3>
        <GoalList goals={assignment.goals} score={score} />
      </section>

      <CheckedEditor value={text} onChange={setText} packs={packs} audience={assignment.audience} label={t('pr.rewrite')} testId="pr-editor" />

      <div className="pr-actions">
        <button type="button" className="pr-primary" onClick={() => void submit()} data-testid="pr-submit">
          {submittedBefore ? t('pr.checkAgain') : t('pr.check')}
        </button>
        <button type="button" onClick={() => setText(assignment.draft)} disabled={text === assignment.draft} data-testid="pr-start-over">
          {t('pr.startOver')}
        </button>
        {assignment.modelAnswer && (
          <button type="button" onClick={() => setShowModel((v) => !v)} disabled={!submittedBefore} data-testid="pr-show-model" title={submittedBefore ? undefined : t('pr.model.later')}>
            {showModel ? t('pr.model.hide') : t('pr.model.show')}
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
            {score.passed ? t('pr.score.passed', { total: score.total }) : t('pr.score.partial', { met: score.met, total: score.total })}
          </h3>
          <p>
            {t('pr.score.figures', { harmony: 100 - score.friction, words: score.words })} {score.passed ? t('pr.score.next') : t('pr.score.retry')}
          </p>
        </section>
      )}

      <Hints hints={assignment.hints} revealed={hintsRevealed} onReveal={() => setHintsRevealed((n) => Math.min(n + 1, assignment.hints.length))} />

      {showModel && assignment.modelAnswer && (
        <ModelAnswer mine={submittedText ?? text} model={assignment.modelAnswer} packs={packs} audience={assignment.audience} />
      )}

      {attempts.length > 0 && (
        <section className="pr-history" aria-label={t('pr.history')}>
          <h3>{t('pr.history')}</h3>
          <table data-testid="pr-attempts">
            <thead>
              <tr>
                <th>{t('pr.col.number')}</th>
                <th>{t('pr.col.when')}</th>
                <th>{t('pr.col.goalsMet')}</th>
                <th>{t('pr.col.harmony')}</th>
                <th>{t('pr.col.text')}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a, i) => (
                <tr key={a.id}>
                  <td>{i + 1}</td>
                  <td>{new Date(a.at).toLocaleString(locale)}</td>
                  <td>
                    {a.score.met}/{a.score.total} {a.score.passed ? '✓' : ''}
                  </td>
                  <td>{100 - a.score.friction}</td>
                  <td>
                    <details>
                      <summary>{t('pr.history.read')}</summary>
                      <div className="pr-text">{a.text}</div>
                      <button type="button" onClick={() => setText(a.text)}>
                        {t('pr.history.restore')}
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
