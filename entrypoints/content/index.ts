/**
 * The content script that every permitted page loads. It stays small: it recognises editable
 * fields when they get focus and, on the first one, imports the checker (the page-side features
 * and the card UI; the engine itself runs in the background, see lib/check-client).
 * Gmail and Outlook get it from the manifest; other sites get it by runtime registration once
 * the user switches them on from the popup (see entrypoints/popup/sites.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findField } from '../../lib/editors';
import type { CheckerModule } from '../checker';
import type { Checker } from './checker';
import { WAKE_MESSAGE, type ContentRequest, type DraftSummary } from './messages';
import { BUILTIN_MATCHES, isSwitchedOff, siteSwitches } from '../../lib/storage/settings';

declare global {
  // Set by entrypoints/checker.ts when it is imported (shared by this isolated world only).
  var __nemawashiChecker: CheckerModule | undefined;
  var __nemawashiContentLoaded: boolean | undefined;
}

const WAKE_EVERY_MS = 20_000;

export default defineContentScript({
  matches: BUILTIN_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The popup may inject us into a tab that a registered script already reached.
    if (globalThis.__nemawashiContentLoaded) return;
    globalThis.__nemawashiContentLoaded = true;
    ctx.onInvalidated(() => (globalThis.__nemawashiContentLoaded = false));
    watchFields(ctx);
  },
});

function watchFields(ctx: ContentScriptContext): void {
  let enabled = false;
  let checker: Promise<Checker> | undefined;

  const loadChecker = () =>
    (checker ??= import(/* @vite-ignore */ browser.runtime.getURL('/checker.js')).then(() =>
      globalThis.__nemawashiChecker!.startChecker(ctx),
    ));

  /** Start checking the field the target is in, if any (the field, or null). */
  const onFocus = (target: EventTarget | null | undefined) => {
    if (!enabled || !(target instanceof Element)) return null;
    const field = findField(target);
    if (!field) return null;
    loadChecker()
      .then((c) => c.attach(field))
      .catch((error) => console.warn('[nemawashi] could not start checking this field', error));
    return field;
  };

  const setEnabled = (switches: Record<string, boolean>) => {
    enabled = !isSwitchedOff(location.origin, switches);
    if (enabled) onFocus(deepActiveElement());
    else if (checker) void checker.then((c) => c.detachAll());
  };

  // Waking the background when the user heads for a field (the pointer over it, or the focus in
  // another input of the page, such as a compose window's recipients or subject): a service worker
  // stopped after 30 s idle then starts its engine while the user is still on the way, instead of
  // after the focus. The message is empty: nothing of the page travels. At most one per 20 s.
  let wokeAt = -Infinity;
  const due = () => enabled && performance.now() - wokeAt >= WAKE_EVERY_MS;
  const wake = () => {
    wokeAt = performance.now();
    browser.runtime.sendMessage({ type: WAKE_MESSAGE }).catch(() => {
      // The extension was reloaded or updated: this page's script is an orphan.
    });
  };
  ctx.addEventListener(
    document,
    'pointerover',
    (e) => {
      const target = e.composedPath()[0];
      if (due() && target instanceof Element && findField(target)) wake();
    },
    { capture: true, passive: true },
  );

  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      const target = e.composedPath()[0];
      const field = onFocus(target);
      if (due() && (field || target instanceof HTMLInputElement)) wake();
    },
    { capture: true },
  );
  void siteSwitches.getValue().then(setEnabled);
  const unwatch = siteSwitches.watch(setEnabled);
  ctx.onInvalidated(unwatch);

  browser.runtime.onMessage.addListener((message: ContentRequest, _sender, respond) => {
    if (window !== window.top) return;
    if (message?.type === 'nemawashi:draft-audience' && checker) {
      void checker.then((c) => respond(c.answer(message, enabled)));
      return true;
    }
    if (message?.type !== 'nemawashi:summary') return;
    const empty: DraftSummary = { kind: null, count: 0, friction: 0, byCategory: {}, enabled };
    if (!checker) respond(empty);
    else void checker.then((c) => respond(c.answer(message, enabled)));
    return true;
  });
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
