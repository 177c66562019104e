/**
 * Who the drafts are for: the default audience, recipient rules ("*.co.jp -> consensus") that
 * choose it from a Gmail or Outlook draft's To/Cc, a box to try an address against them; and the
 * interface's language. Addresses are only compared here, in the browser.
 */
import { useEffect, useState } from 'react';
import { chooseAudience, isValidPattern, type AudienceRule } from '../../lib/audience/match';
import { audienceRules } from '../../lib/audience/storage';
import { browserLanguage, LOCALES, matchLocale, uiLanguage, type LanguageSetting, type MessageKey } from '../../lib/i18n';
import { useI18n, useLanguageSetting } from '../../lib/i18n/react';
import { audience } from '../../lib/storage/items';
import { useStorageItem } from '../../components/use-storage';

export interface AudienceSectionProps {
  /** Audiences of the packs this page has loaded (their readers' names come from the I18n provider). */
  packAudiences: string[];
  locked: boolean;
  /** The organisation's recipient rules (managed policy), shown read-only, matched first. */
  orgRules?: AudienceRule[];
}

export function AudienceSection({ packAudiences, locked, orgRules = [] }: AudienceSectionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const current = useStorageItem(audience);
  const stored = useStorageItem(audienceRules);
  const [rules, setRules] = useState<AudienceRule[] | null>(null);
  const [trial, setTrial] = useState('');
  // The rows are edited locally and written through; storage only seeds them.
  useEffect(() => {
    if (stored && rules === null) setRules(stored);
  }, [stored, rules]);

  const choices = [...new Set([...i18n.readers.map((r) => r.id), ...packAudiences.filter((a) => a !== 'any'), ...(current ? [current] : [])])];
  const save = (next: AudienceRule[]) => {
    setRules(next);
    void audienceRules.setValue(next);
  };
  const edit = (i: number, patch: Partial<AudienceRule>) => save((rules ?? []).map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const tried = trial.trim() && current ? chooseAudience({ to: [trial.trim()], cc: [] }, [...orgRules, ...(rules ?? [])], current) : null;

  return (
    <section aria-labelledby="audience-title" data-testid="audience-section">
      <h2 id="audience-title">{t('options.audience.title')}</h2>
      <label className="field audience">
        <span>{t('options.audience.default')}</span>
        <select value={current ?? ''} disabled={locked} onChange={(e) => void audience.setValue(e.target.value)} data-testid="audience">
          {choices.map((a) => (
            <option key={a} value={a}>
              {i18n.audience(a)}
            </option>
          ))}
        </select>
        {locked && <em className="meta"> {t('options.audience.locked')}</em>}
      </label>
      <p className="meta">{locked ? t('options.audience.lockedRules') : t('options.rules.intro')}</p>
      {orgRules.length > 0 && (
        <div className="managed" data-testid="audience-org-rules">
          <p>{t('options.rules.org')}</p>
          <ul>
            {orgRules.map((r, i) => (
              <li key={i}>
                <code>{r.pattern}</code> → {i18n.audience(r.audience, true)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rules && (
        <table className="audience-rules" data-testid="audience-rules">
          <thead>
            <tr>
              <th>{t('options.rules.pattern')}</th>
              <th>{t('options.rules.audience')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.length === 0 && (
              <tr>
                <td colSpan={3} className="meta">
                  {t('options.rules.empty')}
                </td>
              </tr>
            )}
            {rules.map((rule, i) => {
              const valid = isValidPattern(rule.pattern);
              return (
                <tr key={i} data-testid="audience-rule">
                  <td>
                    <input
                      value={rule.pattern}
                      placeholder={t('options.rules.placeholder')}
                      aria-label={t('options.rules.pattern')}
                      aria-invalid={!valid}
                      disabled={locked}
                      onChange={(e) => edit(i, { pattern: e.target.value })}
                      data-testid="audience-rule-pattern"
                    />
                    {!valid && rule.pattern.trim() && <em className="error">{t('options.rules.invalid')}</em>}
                  </td>
                  <td>
                    <select
                      value={rule.audience}
                      aria-label={t('options.rules.audience')}
                      disabled={locked}
                      onChange={(e) => edit(i, { audience: e.target.value })}
                      data-testid="audience-rule-audience"
                    >
                      {[...new Set([...choices, rule.audience])].map((a) => (
                        <option key={a} value={a}>
                          {i18n.audience(a, true)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="rule-actions">
                    <button type="button" disabled={locked || i === 0} onClick={() => save(swap(rules, i - 1, i))} aria-label={t('options.rules.up')}>
                      ↑
                    </button>
                    <button type="button" disabled={locked} onClick={() => save(rules.filter((_, j) => j !== i))} data-testid="audience-rule-remove">
                      {t('options.rules.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="row">
        <button
          type="button"
          disabled={locked || !rules}
          onClick={() => save([...(rules ?? []), { pattern: '', audience: choices[0] ?? 'consensus' }])}
          data-testid="audience-rule-add"
        >
          {t('options.rules.add')}
        </button>
        <label className="field try-address">
          <span>{t('options.rules.test')}</span>
          <input type="email" value={trial} placeholder="kenji@example.co.jp" onChange={(e) => setTrial(e.target.value)} data-testid="audience-rule-test" />
        </label>
        {tried && (
          <output data-testid="audience-rule-test-result" data-audience={tried.audience}>
            {t(tried.source === 'rule' ? 'options.rules.testResult' : 'options.rules.testDefault', {
              address: trial.trim(),
              audience: i18n.audience(tried.audience, true),
            })}
          </output>
        )}
      </div>
    </section>
  );
}

function swap<T>(list: T[], a: number, b: number): T[] {
  const next = [...list];
  [next[a], next[b]] = [next[b], next[a]];
  return next;
}

export function LanguageSection() {
  const { t } = useI18n();
  const { setting } = useLanguageSetting();
  const browserLocale = matchLocale(browserLanguage());
  return (
    <section aria-labelledby="language-title" data-testid="language-section">
      <h2 id="language-title">{t('options.language.title')}</h2>
      <label className="field audience">
        <span>{t('options.language.label')}</span>
        <select value={setting} onChange={(e) => void uiLanguage.setValue(e.target.value as LanguageSetting)} data-testid="ui-language">
          <option value="auto">{t('options.language.auto', { language: t(`language.${browserLocale}` as MessageKey) })}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
