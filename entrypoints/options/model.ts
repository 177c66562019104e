/** What the options page shows about packs: built-in and installed packs side by side, and search. */
import { localize } from '../../lib/packs/localize';
import { i18n, type I18n } from '../../lib/i18n';
import type { Pack, Rule } from '../../lib/packs/schema';
import type { InstalledPack } from '../../lib/storage/install';
import { isPackOn } from '../../lib/storage/pack-switches';

export interface PackView {
  id: string;
  version: string;
  name: string;
  description: string;
  author?: string;
  homepage?: string;
  audience: string;
  rules: Rule[];
  builtin: boolean;
  record?: InstalledPack;
  on: boolean;
}

export function packViews(
  builtin: readonly { pack: Pack }[],
  installed: Readonly<Record<string, InstalledPack>>,
  switches: Readonly<Record<string, boolean>>,
): PackView[] {
  const view = (pack: Pack, builtinPack: boolean, record?: InstalledPack): PackView => ({
    id: pack.id,
    version: pack.version,
    name: pack.name,
    description: pack.description,
    author: pack.author,
    homepage: pack.homepage,
    audience: pack.audience,
    rules: pack.rules,
    builtin: builtinPack,
    record,
    on: isPackOn(pack.id, switches, record),
  });
  return [
    ...builtin.map((p) => view(p.pack, true)),
    ...Object.values(installed)
      .sort((a, b) => a.installedAt - b.installedAt)
      .map((r) => view(r.pack, false, r)),
  ];
}

/** The text a rule is found by: id, category, message, why and what it matches. */
function ruleText(rule: Rule): string {
  const m = rule.match;
  return [rule.id, rule.category, localize(rule.message), localize(rule.why), ...(m.phrases ?? []), m.pattern, m.regex, m.detector]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Rules of every pack whose text holds every word of the query. */
export function searchRules(packs: readonly PackView[], query: string): { pack: PackView; rule: Rule }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return packs.flatMap((pack) =>
    pack.rules.filter((rule) => words.every((w) => ruleText(rule).includes(w))).map((rule) => ({ pack, rule })),
  );
}

/** Only web links become links: a pack's homepage could say `javascript:`. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function originLabel(record: InstalledPack | undefined, { t }: I18n = i18n('en')): string {
  if (!record) return t('origin.builtin');
  return t(`origin.${record.origin}`);
}
