import type { Activity } from '../../shared/bridge.js';

/**
 * Touchscreen manners for the whole page: no long-press menu, no pinch or ctrl+wheel zoom, no
 * stray text selection (a selection handle on a kiosk is a trap, not a feature), no link that
 * would take the kiosk window off the app (the shell refuses that navigation too; kiosk:web has
 * no shell to refuse it), and every touch, key and scroll reported to the shell so the idle
 * countdown knows someone is here.
 *
 * CSS does most of it (`touch-action`, `user-select`), but widgets reset inherited styles on their
 * hosts (`all: initial`), so selection is also stopped here, at the event, for the whole tree.
 */
export interface TouchGuardOptions {
  report(activity: Activity): void;
  /** Scrolls arrive by the dozen; one report per this many ms is plenty. */
  scrollEveryMs?: number;
}

const ZOOM_KEYS = new Set(['+', '-', '=', '0', '_']);

/** Where selecting text helps: form fields, and anything marked as worth reading closely (a reference number). */
function selectable(event: Event): boolean {
  return event.composedPath().some((node) => {
    if (!(node instanceof HTMLElement)) return false;
    return (
      node instanceof HTMLInputElement ||
      node instanceof HTMLTextAreaElement ||
      node.isContentEditable ||
      node.classList.contains('selectable')
    );
  });
}

export function guardTouch(target: Window, options: TouchGuardOptions): () => void {
  const scrollEvery = options.scrollEveryMs ?? 1000;
  let lastScroll = -Infinity;
  const controller = new AbortController();
  const { signal } = controller;
  const listen = <K extends keyof WindowEventMap>(
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    passive: boolean,
  ) => target.addEventListener(type, handler, { capture: true, passive, signal });

  listen('contextmenu', (event) => event.preventDefault(), false);
  listen(
    'touchmove',
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    false,
  );
  listen(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    false,
  );
  listen(
    'keydown',
    (event) => {
      if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
      options.report({ kind: 'key' });
    },
    false,
  );
  // Safari's own pinch event; harmless elsewhere.
  target.addEventListener('gesturestart', (event) => event.preventDefault(), { capture: true, signal });
  target.document.addEventListener(
    'selectstart',
    (event) => {
      if (!selectable(event)) event.preventDefault();
    },
    { capture: true, signal },
  );
  target.document.addEventListener('dragstart', (event) => event.preventDefault(), { capture: true, signal });
  target.document.addEventListener(
    'click',
    (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (link?.href && new URL(link.href, target.location.href).origin !== target.location.origin) {
        event.preventDefault();
      }
    },
    { capture: true, signal },
  );

  listen('pointerdown', () => options.report({ kind: 'touch' }), true);
  const onScroll = (event: Event) => {
    if (event.timeStamp - lastScroll < scrollEvery) return;
    lastScroll = event.timeStamp;
    options.report({ kind: 'scroll' });
  };
  listen('wheel', onScroll, true);
  target.document.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });

  return () => controller.abort();
}
