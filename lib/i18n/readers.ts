/**
 * Readers (audiences) as the interface names them. Each pack declares its reader (`reader:` with
 * label, short name and description, per language; lib/packs/schema.ts); a pack without one is
 * named after its audience id. The pickers list the readers of the active packs, built-in and
 * installed, so a team pack for a new audience shows up under its own name.
 *
 * The built-in packs' readers are kept in builtin-readers.json, generated from rules/*.yaml by
 * `builtinReadersFrom` (tests/unit/packs-readers.test.ts fails when it no longer matches the
 * packs, and rewrites it with UPDATE_READERS=1): the popup and the welcome page name readers
 * without loading the built-in packs' rules.
 */
import type { LocalizedText, Reader as PackReader } from '../packs/schema';
import builtin from './builtin-readers.json';

export interface ReaderInfo {
  /** The audience id packs and settings use ("consensus"). */
  id: string;
  label: LocalizedText;
  short?: LocalizedText;
  description?: LocalizedText;
}

/** What a reader is read from: a pack's data, or its compiled form's. */
export interface ReaderSource {
  audience: string;
  reader?: PackReader;
}

/** Packs for every audience ("any") name no reader. */
const NO_READER = 'any';

export const BUILTIN_READERS: readonly ReaderInfo[] = builtin as ReaderInfo[];

/** "finance-review" -> "Finance review": the name of a reader no pack names. */
export function defaultReaderLabel(id: string): string {
  const words = id.replace(/-+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

export function readerOf(source: ReaderSource): ReaderInfo {
  const r = source.reader;
  return {
    id: source.audience,
    label: r?.label ?? defaultReaderLabel(source.audience),
    ...(r?.short ? { short: r.short } : {}),
    ...(r?.description ? { description: r.description } : {}),
  };
}

/**
 * The readers to offer: the built-in ones first (in their packs' order), then those of the given
 * packs in order, one per audience id. A pack that names its reader wins over one that does not.
 */
export function readersOf(packs: readonly ReaderSource[], { builtins = BUILTIN_READERS }: { builtins?: readonly ReaderInfo[] } = {}): ReaderInfo[] {
  const byId = new Map<string, { info: ReaderInfo; named: boolean }>();
  for (const info of builtins) byId.set(info.id, { info, named: true });
  for (const pack of packs) {
    if (pack.audience === NO_READER) continue;
    const seen = byId.get(pack.audience);
    if (seen && (seen.named || !pack.reader)) continue;
    byId.set(pack.audience, { info: readerOf(pack), named: !!pack.reader });
  }
  return [...byId.values()].map((v) => v.info);
}

/** The readers of the built-in packs, from their YAML sources (to generate builtin-readers.json). */
export function builtinReadersFrom(packs: readonly ReaderSource[]): ReaderInfo[] {
  return readersOf(packs, { builtins: [] });
}

/** A text in a locale: the locale, its base language, or English (the packs' own rule). */
export { localize as localizeText } from '../packs/localize';
