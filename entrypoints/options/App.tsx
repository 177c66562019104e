/**
 * The options page: packs (list, switches, search, export), installing (file, URL, paste), the
 * rule editor, what changed lately, what the organisation manages, and opt-in personal stats.
 */
import { useMemo, useState } from 'react';
import { StatsCharts } from '../../components/StatsCharts';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import type { Rule } from '../../lib/packs/schema';
import { audience, disabledRules, installedPacks, managedState, packActivity, packSwitches, severityOverrides } from '../../lib/storage/items';
import { Activity } from './Activity';
import { InstallPanel } from './InstallPanel';
import { packViews, type PackView } from './model';
import { PackList } from './PackList';
import { RuleEditor } from './RuleEditor';
import { useStorageItem } from './use-storage';

export function App() {
  const installed = useStorageItem(installedPacks);
  const switches = useStorageItem(packSwitches);
  const disabled = useStorageItem(disabledRules);
  const overrides = useStorageItem(severityOverrides);
  const activity = useStorageItem(packActivity);
  const managed = useStorageItem(managedState);
  const [editing, setEditing] = useState<{ rule: Rule; packId: string } | null>(null);

  const packs = useMemo(() => packViews(loadBuiltinPacks(), installed ?? {}, switches ?? {}), [installed, switches]);
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
      <AudienceSetting packs={packs} locked={!!managed?.lockAudience} />
      {managed && (
        <section className="managed" data-testid="managed">
          <h2>Managed by your organisation</h2>
          <ul>
            {managed.packs.map((p) => (
              <li key={p.url}>
                <code>{p.id ?? p.url}</code> {p.locked ? '(locked on)' : ''} {p.error && <span className="warn">— not installed yet: {p.error}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {ready && <PackList packs={packs} disabled={disabledSet} overrides={overrides} onEdit={edit} />}
      <InstallPanel />
      <RuleEditor editorPacks={editorPacks} start={editing} />
      <Activity entries={activity ?? []} />
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">Personal stats</h2>
        <StatsCharts />
      </section>
      <footer className="meta">
        Nemawashi checks your drafts on this computer. The only network request it makes is fetching a pack URL that you or your
        organisation gave.
      </footer>
    </main>
  );
}

function AudienceSetting({ packs, locked }: { packs: PackView[]; locked: boolean }) {
  const current = useStorageItem(audience);
  const choices = [...new Set([...packs.map((p) => p.audience).filter((a) => a !== 'any'), ...(current ? [current] : [])])];
  return (
    <label className="field audience">
      <span>Check drafts for this audience</span>
      <select value={current ?? ''} disabled={locked} onChange={(e) => void audience.setValue(e.target.value)} data-testid="audience">
        {choices.map((a) => (
          <option key={a}>{a}</option>
        ))}
      </select>
      {locked && <em className="meta"> set by your organisation</em>}
    </label>
  );
}
