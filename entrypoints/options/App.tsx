/**
 * The options page: packs (list, switches, search, export), installing (file, URL, paste), the
 * rule editor, what changed lately, what the organisation manages, and opt-in personal stats.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { StatsCharts } from '../../components/StatsCharts';
import { builtinReadyPacks } from '../../lib/packs/builtin-data';
import type { Rule } from '../../lib/packs/schema';
import { useI18n } from '../../lib/i18n/react';
import { disabledRules, installedPacks, managedState, packActivity, packSwitches, severityOverrides } from '../../lib/storage/items';
import { Activity } from './Activity';
import { AudienceSection, LanguageSection } from './AudienceSection';
import { CheckingSection } from './CheckingSection';
import { InstallPanel } from './InstallPanel';
import { packViews, type PackView } from './model';
import { PackList } from './PackList';
import { useStorageItem } from '../../components/use-storage';
import { WatchdogNotice } from './WatchdogNotice';

// The rule editor runs the engine (compromise, the packs' compiler, YAML): its own chunk, loaded
// when the editor is opened or a rule is edited, so the page itself opens without the engine.
const RuleEditor = lazy(() => import('./RuleEditor').then((m) => ({ default: m.RuleEditor })));

export function App() {
  const { t } = useI18n();
  const installed = useStorageItem(installedPacks);
  const switches = useStorageItem(packSwitches);
  const disabled = useStorageItem(disabledRules);
  const overrides = useStorageItem(severityOverrides);
  const activity = useStorageItem(packActivity);
  const managed = useStorageItem(managedState);
  const [editing, setEditing] = useState<{ rule: Rule; packId: string } | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);

  const packs = useMemo(() => packViews(builtinReadyPacks(), installed ?? {}, switches ?? {}), [installed, switches]);
  const disabledSet = useMemo(() => new Set(disabled ?? []), [disabled]);
  const editorPacks = useMemo(() => Object.values(installed ?? {}).filter((r) => r.origin === 'editor'), [installed]);
  const ready = installed && switches && disabled && overrides;

  function edit(pack: PackView, rule: Rule) {
    setEditing({ rule, packId: pack.id });
    document.getElementById('editor-title')?.scrollIntoView({ behavior: 'smooth' });
  }

  return (
    <main data-testid="options" data-ready={ready ? 'true' : 'false'}>
      <h1>Nemawashi</h1>
      <AudienceSection packAudiences={packs.map((p) => p.audience)} locked={!!managed?.lockAudience} orgRules={managed?.audienceRules} />
      <LanguageSection />
      <CheckingSection />
      {managed && (
        <section className="managed" data-testid="managed">
          <h2>{t('options.managed.title')}</h2>
          <ul>
            {managed.packs.map((p) => (
              <li key={p.url}>
                <code>{p.id ?? p.url}</code> {p.locked ? t('options.managed.locked') : ''}{' '}
                {p.error && <span className="warn">{t('options.managed.notInstalled', { error: p.error })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <WatchdogNotice />
      {ready && <PackList packs={packs} disabled={disabledSet} overrides={overrides} onEdit={edit} />}
      <InstallPanel />
      {editorOpen || editing ? (
        <Suspense fallback={<EditorPlaceholder loading />}>
          <RuleEditor editorPacks={editorPacks} start={editing} />
        </Suspense>
      ) : (
        <EditorPlaceholder onOpen={() => setEditorOpen(true)} />
      )}
      <Activity entries={activity ?? []} />
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">{t('options.stats.title')}</h2>
        <StatsCharts />
      </section>
      <footer className="meta">{t('options.footer')}</footer>
    </main>
  );
}

/** The rule editor's place until it is opened (and while its chunk loads). */
function EditorPlaceholder({ onOpen, loading }: { onOpen?: () => void; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <section className="editor" aria-labelledby="editor-title" data-testid="rule-editor-closed" aria-busy={loading ? 'true' : undefined}>
      <h2 id="editor-title">{t('editor.title')}</h2>
      <p className="meta">{t('editor.intro')}</p>
      {loading ? (
        <p role="status">{t('editor.loading')}</p>
      ) : (
        <button type="button" data-testid="editor-open" onClick={onOpen}>
          {t('editor.open')}
        </button>
      )}
    </section>
  );
}
