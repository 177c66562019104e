/** Every finding of the draft in focus, opened from the indicator; the draft's audience on top. */
import type { Finding } from '../lib/engine/types';
import { useI18n } from '../lib/i18n/react';
import { DraftAudience, type DraftAudienceView } from './DraftAudience';
import { FindingCard } from './FindingCard';
import { keepFocus } from './keep-focus';
import { Meters } from './Meters';

export interface FindingListProps {
  findings: Finding[];
  friction: number;
  clarity?: number;
  /** The draft's audience, with a per-draft override (absent: not shown). */
  audience?: DraftAudienceView & { options?: readonly string[]; onChange: (audience: string | null) => void };
  onApply: (finding: Finding, suggestion: string) => void;
  onIgnore: (finding: Finding) => void;
  onDisableRule: (finding: Finding) => void;
  onClose: () => void;
  /** Findings about the whole draft (nothing drawn in the text): listed apart, after the others. */
  wholeDraft?: readonly Finding[];
  /** The engine's draft-level tips: shown with them, never counted. */
  tips?: readonly Finding[];
  /** A giant draft: only the part around the caret was checked (lib/engine/part.ts). */
  partial?: boolean;
}

export function findingKey(f: Finding): string {
  return `${f.pack}/${f.rule}@${f.start}-${f.end}`;
}

export function FindingList({ findings, friction, clarity = 100, audience, onApply, onIgnore, onDisableRule, onClose, wholeDraft = [], tips = [], partial = false }: FindingListProps) {
  const { t } = useI18n();
  const apart = findings.filter((f) => wholeDraft.includes(f));
  const card = (f: Finding, tip = false) => (
    <FindingCard
      key={findingKey(f)}
      finding={f}
      tip={tip}
      onApply={(s) => onApply(f, s)}
      onIgnore={() => onIgnore(f)}
      onDisableRule={() => onDisableRule(f)}
    />
  );
  return (
    <div className="nw-list" role="dialog" aria-label={t('list.label')} onMouseDown={keepFocus}>
      <div className="nw-list-head">
        <strong>{findings.length === 0 ? t('list.none') : t('list.count', { count: findings.length })}</strong>
        <button type="button" className="nw-close" aria-label={t('list.close')} onMouseDown={keepFocus} onClick={onClose}>
          ×
        </button>
      </div>
      {partial && (
        <p className="nw-list-sub" role="note" data-testid="nw-partial">
          {t('list.partial')}
        </p>
      )}
      <div className="nw-list-sub">
        <Meters friction={friction} clarity={clarity} />
        {audience && <DraftAudience {...audience} />}
      </div>
      <div className="nw-list-body">
        {findings.filter((f) => !apart.includes(f)).map((f) => card(f))}
        {apart.length + tips.length > 0 && <div className="nw-list-section">{t('list.wholeDraft')}</div>}
        {apart.map((f) => card(f))}
        {tips.map((f) => card(f, true))}
      </div>
    </div>
  );
}
