/**
 * The options page asks the background to install, subscribe, refresh and remove packs: the
 * background is the one writer of the installed packs, and the only place that fetches.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { LIMITS } from '../packs/schema';
import type { InstallOutcome } from './install';
import { installPackSource, refreshAllSubscriptions, refreshSubscription, removePack, subscribeToUrl } from './manage';

export type PackRequest =
  | { type: 'nemawashi:pack-install'; source: string; file: string; origin: 'file' | 'paste' | 'editor' }
  | { type: 'nemawashi:pack-subscribe'; url: string }
  | { type: 'nemawashi:pack-refresh'; id?: string }
  | { type: 'nemawashi:pack-remove'; id: string };

export interface PackResponses {
  'nemawashi:pack-install': InstallOutcome;
  'nemawashi:pack-subscribe': InstallOutcome;
  'nemawashi:pack-refresh': InstallOutcome[];
  'nemawashi:pack-remove': { ok: boolean; error?: string };
}

export function isPackRequest(message: unknown): message is PackRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('nemawashi:pack-');
}

/** The shape of every request, checked before the background acts on one. */
const PackRequestShape = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('nemawashi:pack-install'),
    source: z.string().max(LIMITS.packBytes * 4),
    file: z.string().max(2000),
    origin: z.enum(['file', 'paste', 'editor']),
  }),
  z.object({ type: z.literal('nemawashi:pack-subscribe'), url: z.string().max(2000) }),
  z.object({ type: z.literal('nemawashi:pack-refresh'), id: z.string().max(200).optional() }),
  z.object({ type: z.literal('nemawashi:pack-remove'), id: z.string().max(200) }),
]);

/** The request, when it has the right shape (unknown fields dropped); else null. */
export function parsePackRequest(message: unknown): PackRequest | null {
  const r = PackRequestShape.safeParse(message);
  return r.success ? (r.data as PackRequest) : null;
}

/**
 * Only the extension's own pages (options, popup, practice) may ask the background to change the
 * packs: not a content script (it runs beside pages a hostile site controls), not another
 * extension. Their sender URL is inside the extension's origin.
 */
export function isOwnPage(sender: { id?: string; url?: string }, runtimeId: string, extensionRoot: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}

/** The background's side. */
export async function handlePackRequest(request: PackRequest): Promise<PackResponses[PackRequest['type']]> {
  switch (request.type) {
    case 'nemawashi:pack-install':
      return installPackSource(request.source, { file: request.file, origin: request.origin });
    case 'nemawashi:pack-subscribe':
      return subscribeToUrl(request.url);
    case 'nemawashi:pack-refresh':
      return request.id ? [await refreshSubscription(request.id)] : refreshAllSubscriptions();
    case 'nemawashi:pack-remove':
      return removePack(request.id);
  }
}

/** The options page's side. */
export async function sendPackRequest<R extends PackRequest>(request: R): Promise<PackResponses[R['type']]> {
  const response = (await browser.runtime.sendMessage(request)) as PackResponses[R['type']] | { error: string } | undefined;
  if (response === undefined) throw new Error('the background did not answer');
  if (response && typeof response === 'object' && 'error' in response && !('ok' in response)) throw new Error(response.error);
  return response as PackResponses[R['type']];
}
