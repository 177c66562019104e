/**
 * The packs: built-in and installed, each with id, version, author, rule count and an on/off
 * switch; per rule an on/off switch and a severity override (kept by "packId/ruleId", so they
 * survive updates); a search across the rules of every pack. Everything a pack says is text.
 */
import { useState } from 'react';
import { localize } from '../../lib/packs/localize';
import { SEVERITIES, type Severity } from '../../lib/engine/types';
import type { Rule } from '../../lib/packs/schema';
import { exportPackYaml, setPackEnabled, setRuleEnabled, setRuleSeverity } from '../../lib/storage/manage';
import { useI18n } from '../../lib/i18n/react';
import { sendPackRequest } from '../../lib/storage/messages';
import { originLabel, safeHref, searchRules, type PackView } from './model';
import { DiffList, outcomeSummary } from './Outcome';

export interface PackListProps {
  packs: PackView[];
  disabled: ReadonlySet<string>;
  overrides: Readonly<Record<string, Severity>>;
  /** Open a rule in the editor (simple rules: phrases or pattern). */
  onEdit?: (pack: PackView, rule: Rule) => void;
}

export function PackList({ packs, disabled, overrides, onEdit }: PackListProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const hits = searchRules(packs, query);
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <input
        type="search"
        className="search"
        placeholder={t('packs.search')}
        aria-label={t('packs.searchLabel')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="rule-search"
      />
      {query.trim() ? (
        <div data-testid="search-results">
          <p>{t('packs.matches', { count: hits.length })}</p>
          <RuleTable rows={hits} disabled={disabled} overrides={overrides} showPack onEdit={onEdit} />
        </div>
      ) : (
        packs.map((pack) => <PackCard key={pack.id} pack={pack} disabled={disabled} overrides={overrides} onEdit={onEdit} />)
      )}
    </section>
  );
}

function PackCard({ pack, disabled, overrides, onEdit }: { pack: PackView } & Omit<PackListProps, 'packs'>) {
  const words = useI18n();
  const { t } = words;
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const record = pack.record;
  const managed = record?.origin === 'managed';
  const href = safeHref(pack.homepage);

  async function refresh() {
    setMessage(t('packs.checking'));
    const [outcome] = await sendPackRequest({ type: 'nemawashi:pack-refresh', id: pack.id });
    setMessage(outcomeSummary(outcome, words));
  }

  async function remove() {
    if (!confirm(t('packs.confirmRemove', { id: pack.id }))) return;
    const r = await sendPackRequest({ type: 'nemawashi:pack-remove', id: pack.id });
    if (!r.ok) setMessage(r.error ?? t('packs.couldNotRemove'));
  }

  async function toggle(on: boolean) {
    const r = await setPackEnabled(pack.id, on);
    if (!r.ok) setMessage(r.error ?? null);
  }

  return (
    <article className={`pack${pack.on ? '' : ' off'}`} data-testid="pack-row" data-pack-id={pack.id}>
      <header>
        <label className="switch">
          <input
            type="checkbox"
            checked={pack.on}
            disabled={record?.locked}
            onChange={(e) => void toggle(e.target.checked)}
            data-testid="pack-toggle"
            aria-label={t('packs.on', { id: pack.id })}
          />
        </label>
        <div className="pack-title">
          <strong>{pack.name}</strong> <code data-testid="pack-id">{pack.id}</code> <span data-testid="pack-version">{pack.version}</span>
          <div className="meta">
            {pack.author && <span>{t('packs.by', { author: pack.author })} · </span>}
            <span data-testid="pack-rule-count">{t('packs.rules', { count: pack.rules.length })}</span> ·{' '}
            <span>{t('packs.audience', { audience: words.audience(pack.audience, true) })}</span> ·{' '}
            <span className={`origin origin-${record?.origin ?? 'builtin'}`} data-testid="pack-origin">
              {originLabel(record, words)}
            </span>
            {record?.locked && (
              <span className="locked" data-testid="pack-locked">
                {' '}
                · {t('packs.lockedOn')}
              </span>
            )}
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {t('packs.homepage')}
                </a>
              </>
            )}
          </div>
          <p className="description">{pack.description}</p>
          {record?.url && (
            <p className="meta">
              <span data-testid="pack-url">{record.url}</span>
              {record.lastChecked && <> · {t('packs.checked', { when: new Date(record.lastChecked).toLocaleString(words.locale) })}</>}
            </p>
          )}
          {record?.lastError && (
            <p className="warn" data-testid="pack-error">
              {t('packs.lastError', { error: record.lastError })}
            </p>
          )}
          {record?.lastChange && (
            <details className="changes" data-testid="pack-changes">
              <summary>
                {t('packs.updated', {
                  from: record.lastChange.from,
                  to: record.lastChange.to,
                  when: new Date(record.lastChange.at).toLocaleDateString(words.locale),
                })}
              </summary>
              <DiffList diff={record.lastChange.diff} />
            </details>
          )}
        </div>
        <div className="actions">
          <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="pack-rules-toggle">
            {open ? t('packs.hideRules') : t('packs.showRules')}
          </button>
          <button type="button" onClick={() => void downloadYaml(pack.id, pack.version)} data-testid="pack-export">
            {t('packs.export')}
          </button>
          {record?.url && (
            <button type="button" onClick={() => void refresh()} data-testid="pack-refresh">
              {t('packs.refresh')}
            </button>
          )}
          {record && !managed && (
            <button type="button" onClick={() => void remove()} data-testid="pack-remove">
              {t('packs.remove')}
            </button>
          )}
        </div>
      </header>
      {message && (
        <p role="status" data-testid="pack-message">
          {message}
        </p>
      )}
      {open && <RuleTable rows={pack.rules.map((rule) => ({ pack, rule }))} disabled={disabled} overrides={overrides} onEdit={onEdit} />}
    </article>
  );
}

function RuleTable({
  rows,
  disabled,
  overrides,
  showPack,
  onEdit,
}: {
  rows: { pack: PackView; rule: Rule }[];
  showPack?: boolean;
} & Omit<PackListProps, 'packs'>) {
  const words = useI18n();
  const { t } = words;
  return (
    <table className="rules">
      <tbody>
        {rows.map(({ pack, rule }) => {
          const key = `${pack.id}/${rule.id}`;
          const on = !disabled.has(key) && !disabled.has(`${pack.id}:${rule.id}`);
          const simple = !!(rule.match.phrases || rule.match.pattern);
          return (
            <tr key={key} data-testid="rule-row" data-rule-id={rule.id} data-pack-id={pack.id} className={on ? '' : 'off'}>
              <td>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => void setRuleEnabled(pack.id, rule.id, e.target.checked)}
                  aria-label={t('packs.ruleOn', { id: rule.id })}
                  data-testid="rule-toggle"
                />
              </td>
              <td>
                <code>{rule.id}</code>
                {showPack && <div className="meta">{pack.id}</div>}
              </td>
              <td className="meta">{words.category(rule.category)}</td>
              <td>
                <select
                  value={overrides[key] ?? ''}
                  onChange={(e) => void setRuleSeverity(pack.id, rule.id, (e.target.value || null) as Severity | null)}
                  aria-label={t('packs.ruleSeverity', { id: rule.id })}
                  data-testid="rule-severity"
                >
                  <option value="">{t('packs.packSeverity', { severity: words.severity(rule.severity) })}</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {words.severity(s)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="message">{localize(rule.message, words.locale)}</td>
              <td>
                {onEdit && simple && (
                  <button type="button" onClick={() => onEdit(pack, rule)} data-testid="rule-edit">
                    {pack.record?.origin === 'editor' ? t('packs.edit') : t('packs.copyToEditor')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

async function downloadYaml(id: string, version: string): Promise<void> {
  const yaml = await exportPackYaml(id);
  if (yaml === null) return;
  const url = URL.createObjectURL(new Blob([yaml], { type: 'text/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${id.replace('/', '-')}-${version}.yaml`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
