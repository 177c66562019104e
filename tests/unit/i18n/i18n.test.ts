import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dictionary, i18n, matchLocale, resolveLocale, translate, uiLanguage } from '../../../lib/i18n/index';

const placeholders = (v: unknown) =>
  JSON.stringify(v)
    .match(/\{\w+\}/g)
    ?.filter((p) => !['{match}', '{rest}'].includes(p))
    .sort()
    .filter((p, i, all) => all.indexOf(p) === i) ?? [];

describe('dictionaries', () => {
  it('have the same keys, non-empty values and the same placeholders in English and Japanese', () => {
    const en = dictionary('en');
    const ja = dictionary('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(JSON.stringify(ja[key]).replace(/["{}]|one|other/g, "").trim().length, key).toBeGreaterThan(0);
      expect(typeof ja[key], key).toBe(typeof en[key]);
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('translate into Japanese for real (no English left in sentences)', () => {
    const ja = dictionary('ja');
    const english = Object.entries(ja).filter(([key, v]) => !key.startsWith('language.') && /\b(the|and|your|this|with|of)\b/i.test(JSON.stringify(v).replace(/\{\w+\}/g, '')));
    expect(english).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and picks English plurals by count', () => {
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 phrase to review');
    expect(translate('en', 'list.count', { count: 3 })).toBe('3 phrases to review');
    expect(translate('ja', 'list.count', { count: 3 })).toBe('見直す表現 3 か所');
    expect(translate('en', 'editor.suggest')).toContain('{{match}}');
  });

  it('names readers as their packs declare them, categories and severities, leaving unknown ones as they are', () => {
    expect(i18n('ja').audience('consensus')).toBe('合意重視（例：日本のチーム）');
    expect(i18n('ja').audience('results-first', true)).toBe('結果重視');
    expect(i18n('en').audience('consensus')).toBe('Consensus-oriented (e.g. a Japanese team)');
    expect(i18n('en').audience('results-first', true)).toBe('Results-first');
    expect(i18n('en').audienceDescription('results-first')).toBe('Flags drafts so indirect that the ask gets lost.');
    // A reader no pack names is named after its id; one an installed pack names, as it says.
    expect(i18n('ja').audience('legal-team')).toBe('Legal team');
    const team = [{ id: 'finance-review', label: { en: 'Finance review board', ja: '財務審査' } }];
    expect(i18n('ja', team).audience('finance-review')).toBe('財務審査');
    expect(i18n('en', team).audience('finance-review', true)).toBe('Finance review board');
    expect(i18n('en', team).audience('consensus', true)).toBe('Consensus-oriented');
    expect(i18n('ja').category('imposition')).toBe('押しつけ');
    expect(i18n('en').severity('warning')).toBe('warning');
  });
});

describe('locale', () => {
  it('follows the browser unless the user chose a language', () => {
    expect(matchLocale('ja-JP')).toBe('ja');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('fr')).toBe('en');
    expect(resolveLocale('auto', 'ja')).toBe('ja');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('en', 'ja')).toBe('en');
    expect(resolveLocale('ja', 'en-US')).toBe('ja');
    expect(resolveLocale('xx', 'ja')).toBe('ja');
  });

  it('stores the choice', async () => {
    fakeBrowser.reset();
    expect(await uiLanguage.getValue()).toBe('auto');
    await uiLanguage.setValue('ja');
    expect(await fakeBrowser.storage.local.get('uiLanguage')).toEqual({ uiLanguage: 'ja' });
  });
});
