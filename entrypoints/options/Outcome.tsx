/** The result of an install, update or refusal, in words (pack text shown as text only). */
import { describeDiff, type InstallOutcome, type PackDiff } from '../../lib/storage/install';

export function outcomeSummary(outcome: InstallOutcome): string {
  switch (outcome.status) {
    case 'installed':
      return `Installed ${outcome.id} ${outcome.version} (${outcome.rules} rule${outcome.rules === 1 ? '' : 's'}).`;
    case 'updated':
      return `Updated ${outcome.id} ${outcome.from} → ${outcome.to}: ${describeDiff(outcome.diff)}.`;
    case 'unchanged':
      return `${outcome.id} ${outcome.version} is already installed; nothing changed.`;
    case 'refused':
      return `Refused: ${outcome.reason}. Nothing was changed.`;
  }
}

export function DiffList({ diff }: { diff: PackDiff }) {
  return (
    <ul className="diff" data-testid="pack-diff">
      {diff.added.map((id) => (
        <li key={`+${id}`} className="added">
          + {id}
        </li>
      ))}
      {diff.removed.map((id) => (
        <li key={`-${id}`} className="removed">
          − {id}
        </li>
      ))}
      {diff.changed.map((c) => (
        <li key={`~${c.id}`} className="changed">
          ~ {c.id} ({c.fields.join(', ')})
        </li>
      ))}
    </ul>
  );
}

export function Outcome({ outcome, children }: { outcome: InstallOutcome; children?: React.ReactNode }) {
  return (
    <div className={`outcome outcome-${outcome.status}`} role="status" data-testid="install-result" data-status={outcome.status}>
      <p>{outcomeSummary(outcome)}</p>
      {outcome.status === 'updated' && <DiffList diff={outcome.diff} />}
      {outcome.status === 'refused' && outcome.errors.length > 0 && (
        <ul className="errors" data-testid="install-errors">
          {outcome.errors.slice(0, 50).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
          {outcome.errors.length > 50 && <li>… and {outcome.errors.length - 50} more</li>}
        </ul>
      )}
      {children}
    </div>
  );
}
