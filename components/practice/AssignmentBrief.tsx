/** What the learner reads first: the title, the kind of situation, who the draft is for, the scenario. */
import type { Assignment } from '../../lib/practice/schema';

export function situationLabel(situation: string): string {
  const s = situation.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A scenario written in a YAML block is hard-wrapped: keep its paragraphs, not its line breaks. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
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
        {paragraphs(assignment.scenario).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </header>
  );
}
