/**
 * The webmail sites Nemawashi knows. Each is one module (lib/sites/<site>.ts); registering it
 * here is all it takes: its origins become built-in sites and the manifest's matches, a field
 * adapter of its kind is built from it (lib/editors), and its recipients are read through it
 * (lib/recipients).
 */
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { Site } from './types';

export const SITES = [gmail, outlook] as const;

/** A site's id, which is also the kind of its field adapter. */
export type SiteId = (typeof SITES)[number]['id'];

/** Origins checked out of the box, e.g. https://mail.google.com. */
export const SITE_ORIGINS: readonly string[] = SITES.flatMap((site) => site.origins);

/** The same as match patterns (the manifest's host permissions and content-script matches). */
export const SITE_MATCHES: readonly string[] = SITE_ORIGINS.map((origin) => `${origin}/*`);

export function siteById(id: string): Site | null {
  return SITES.find((site) => site.id === id) ?? null;
}

export type { Site } from './types';
