/** What the learner reads first: the title, the kind of situation, who the draft is for, the scenario. */
import type { Assignment } from '../../lib/practice/schema';

export function situationLabel(situation: string): string {
  const s = situation.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function AssignmentBrief({ assignment }: { assignment: Assignment }) {
  return (
    <header className="pr-brief">
      <h2 data-testid="pr-title">{assignment.title}</h2>
      <p className="pr-meta">
        {assignment.situation && <span className="pr-tag">{situationLabel(assignment.situation)}</span>}
        <span>for a {assignment.audience} audience</span>
        <span>by {assignment.author}</span>
      </p>
      <div className="pr-scenario" data-testid="pr-scenario">
        {assignment.scenario}
      </div>
    </header>
  );
}
