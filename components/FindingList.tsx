/** Every finding of the draft in focus, opened from the indicator. */
import type { Finding } from '../lib/engine/types';
import { FindingCard } from './FindingCard';
import { FrictionMeter } from './FrictionMeter';
import { keepFocus } from './keep-focus';

export interface FindingListProps {
  findings: Finding[];
  friction: number;
  onApply: (finding: Finding, suggestion: string) => void;
  onIgnore: (finding: Finding) => void;
  onDisableRule: (finding: Finding) => void;
  onClose: () => void;
}

export function findingKey(f: Finding): string {
  return `${f.pack}/${f.rule}@${f.start}-${f.end}`;
}

export function FindingList({ findings, friction, onApply, onIgnore, onDisableRule, onClose }: FindingListProps) {
  return (
    <div className="nw-list" role="dialog" aria-label="Nemawashi findings" onMouseDown={keepFocus}>
      <div className="nw-list-head">
        <strong>
          {findings.length === 0
            ? 'Nothing to soften'
            : `${findings.length} ${findings.length === 1 ? 'phrase' : 'phrases'} to review`}
        </strong>
        <FrictionMeter value={friction} />
        <button type="button" className="nw-close" aria-label="Close" onMouseDown={keepFocus} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="nw-list-body">
        {findings.map((f) => (
          <FindingCard
            key={findingKey(f)}
            finding={f}
            onApply={(s) => onApply(f, s)}
            onIgnore={() => onIgnore(f)}
            onDisableRule={() => onDisableRule(f)}
          />
        ))}
      </div>
    </div>
  );
}
