/** The result of an install, update or refusal, in words (pack text shown as text only). */
import { i18n, type I18n } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/react';
import type { InstallOutcome, PackDiff } from '../../lib/storage/install';

/** What changed between two versions of a pack, in words. */
export function diffSummary(diff: PackDiff, { t }: I18n = i18n('en')): string {
  const parts = [
    diff.added.length ? t('diff.added', { count: diff.added.length, ids: diff.added.join(', ') }) : '',
    diff.removed.length ? t('diff.removed', { count: diff.removed.length, ids: diff.removed.join(', ') }) : '',
    diff.changed.length ? t('diff.changed', { count: diff.changed.length, ids: diff.changed.map((c) => c.id).join(', ') }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : t('diff.none');
}

export function outcomeSummary(outcome: InstallOutcome, words: I18n = i18n('en')): string {
  const { t } = words;
  switch (outcome.status) {
    case 'installed':
      return t('outcome.installed', { id: outcome.id, version: outcome.version, count: outcome.rules });
    case 'updated':
      return t('outcome.updated', { id: outcome.id, from: outcome.from, to: outcome.to, diff: diffSummary(outcome.diff, words) });
    case 'unchanged':
      return t('outcome.unchanged', { id: outcome.id, version: outcome.version });
    case 'refused':
      return t('outcome.refused', { reason: outcome.reason });
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
  const words = useI18n();
  return (
    <div className={`outcome outcome-${outcome.status}`} role="status" data-testid="install-result" data-status={outcome.status}>
      <p>{outcomeSummary(outcome, words)}</p>
      {outcome.status === 'updated' && <DiffList diff={outcome.diff} />}
      {outcome.status === 'refused' && outcome.errors.length > 0 && (
        <ul className="errors" data-testid="install-errors">
          {outcome.errors.slice(0, 50).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
          {outcome.errors.length > 50 && <li>{words.t('outcome.more', { count: outcome.errors.length - 50 })}</li>}
        </ul>
      )}
      {children}
    </div>
  );
}
