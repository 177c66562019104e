/**
 * Everything the content script starts once a field is focused, as small features each with one
 * job and each torn down by one abort signal (the content script's context being invalidated):
 *
 * - fields.ts: attach and paint (one FieldSession per field; the engine runs in the background,
 *   reached through lib/check-client)
 * - audience.ts: the audience of each draft from its recipients, override, rules and lock
 * - card.ts: the card, the list and their actions (pointer and keyboard)
 * - nudge.ts: before you send (a click on Send, or the site's keyboard Send)
 * - stats.ts: opt-in counts per category
 * - summary.ts: what the popup shows
 * - ui.tsx: the shadow root and the React overlay, which reads store.ts through props
 *
 * Built as its own file (entrypoints/checker.ts) and imported on first focus. It holds no engine:
 * compromise, the packs and the learned models live in the background.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { audienceRules } from '../../lib/audience/storage';
import { CheckClient, type PortLike } from '../../lib/check-client/client';
import { CHECK_PORT } from '../../lib/check-client/protocol';
import type { Field } from '../../lib/editors';
import { browserLanguage, resolveLocale, uiLanguage } from '../../lib/i18n';
import type { FieldSession } from '../../lib/session/field-session';
import { managedState } from '../../lib/storage/items';
import { audience, ignoredFindings, sendNudge } from '../../lib/storage/settings';
import { startAudience } from './audience';
import { startCard } from './card';
import { startFields } from './fields';
import type { ContentRequest, DraftSummary } from './messages';
import { startNudge } from './nudge';
import type { OverlayActions } from './Overlay';
import { startStats } from './stats';
import { OverlayStore } from './store';
import { startSummary } from './summary';
import { mountUi } from './ui';

export interface Checker {
  /** Start (or resume) checking a focused field. */
  attach(field: Field): FieldSession;
  /** The site was switched off: let every field go. */
  detachAll(): void;
  /** The popup's requests (summary, per-draft audience). */
  answer(message: ContentRequest, enabled: boolean): DraftSummary;
}

export async function startChecker(ctx: ContentScriptContext): Promise<Checker> {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const signal = controller.signal;
  const [aud, rules, managed, language, ignored, nudgeOn] = await Promise.all([
    audience.getValue(),
    audienceRules.getValue(),
    managedState.getValue(),
    uiLanguage.getValue(),
    ignoredFindings.getValue().catch(() => ({})),
    sendNudge.getValue(),
  ]);

  const store = new OverlayStore(resolveLocale(language ?? 'auto', browserLanguage()));
  const client = new CheckClient(() => browser.runtime.connect({ name: CHECK_PORT }) as unknown as PortLike);
  const fields = startFields({ store, client, audienceFor: (s) => audiences.of(s).choice.audience, ignored }, signal);
  const audiences = startAudience(
    { store, fields, options: () => client.audiences },
    { audience: aud, rules: rules ?? [], orgRules: managed?.audienceRules ?? [], locked: !!managed?.lockAudience },
    signal,
  );
  // The readers the packs serve arrive with the engine's state: the picker offers them.
  signal.addEventListener('abort', client.onState(() => audiences.publish()));
  // The nudge listens before the card: a held Send's click goes no further.
  const nudge = startNudge({ store, fields, on: nudgeOn }, signal);
  const card = startCard({ store, fields }, signal);
  startStats(store, signal);
  const summary = startSummary({ store, audiences });

  const actions: OverlayActions = {
    ...card,
    ...nudge,
    overrideAudience: (session, a) => audiences.override(session, a),
  };
  const ui = await mountUi(ctx, { store, actions, painter: fields.painter });
  fields.mirrorLayer = ui.mirrorLayer;
  fields.host = ui.host;

  return {
    attach: (field) => fields.attach(field),
    detachAll: () => fields.detachAll(),
    answer: (message, enabled) => summary.answer(message, enabled),
  };
}
