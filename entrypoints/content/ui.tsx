/**
 * The in-page UI: a <nemawashi-ui> shadow root at the end of the document holding the textarea
 * mirrors' layer and the React overlay (indicator, card, list, nudge, toast). The overlay reads
 * the store and calls the actions it is given; it knows no feature.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay.css?inline';
import { MIRROR_CSS } from '../../lib/highlight/mirror';
import type { HighlightPainter } from '../../lib/highlight/paint';
import { Overlay, type OverlayActions } from './Overlay';
import type { OverlayStore } from './store';

export interface MountedUi {
  /** The shadow host (<nemawashi-ui>). */
  host: Element;
  /** Where textarea mirrors go. */
  mirrorLayer: Element;
}

export async function mountUi(
  ctx: ContentScriptContext,
  deps: { store: OverlayStore; actions: OverlayActions; painter: HighlightPainter },
): Promise<MountedUi> {
  let reactRoot: Root | null = null;
  let mirrorLayer: Element | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'nemawashi-ui',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    css: [overlayCss, MIRROR_CSS, deps.painter.css()].join('\n'),
    onMount: (container) => {
      guardUntrusted(container);
      const layer = document.createElement('div');
      layer.className = 'nw-layer';
      mirrorLayer = document.createElement('div');
      const app = document.createElement('div');
      layer.append(mirrorLayer, app);
      container.append(layer);
      reactRoot = createRoot(app);
      reactRoot.render(<Overlay store={deps.store} actions={deps.actions} />);
    },
    onRemove: () => reactRoot?.unmount(),
  });
  ui.mount();
  return { host: ui.shadowHost, mirrorLayer: mirrorLayer! };
}

/**
 * The shadow root is open (the test contract reads it; it shows nothing the page does not hold),
 * so a page script can reach our buttons. It must not be able to press them: events the page
 * made up (element.click(), dispatchEvent: isTrusted false) are stopped before React sees them.
 */
const GUARDED_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput',
] as const;

export function guardUntrusted(container: Element): void {
  // Capture on the root: it runs before the listeners React puts on its own container below.
  const root = container.getRootNode() as ShadowRoot | Document;
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
}
