/** What the learner reads first: the title, the kind of situation, who the draft is for, the scenario. */
import { useI18n } from '../../lib/i18n/react';
import type { Assignment } from '../../lib/practice/schema';
import { situationIn } from '../../lib/practice/words';

/** A scenario written in a YAML block is hard-wrapped: keep its paragraphs, not its line breaks. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

export function AssignmentBrief({ assignment }: { assignment: Assignment }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <header className="pr-brief">
      <h2 data-testid="pr-title">{assignment.title}</h2>
      <p className="pr-meta">
        {assignment.situation && <span className="pr-tag">{situationIn(assignment.situation, i18n)}</span>}
        <span>{t('pr.brief.for', { audience: i18n.audience(assignment.audience, true) })}</span>
        <span>{t('pr.brief.by', { author: assignment.author })}</span>
      </p>
      <div className="pr-scenario" data-testid="pr-scenario">
        {paragraphs(assignment.scenario).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </header>
  );
}
