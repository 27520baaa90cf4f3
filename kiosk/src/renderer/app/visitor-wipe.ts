import type { WipeNotice } from '../../shared/bridge.js';
import type { VisitorStore } from './state.js';

/**
 * The renderer's half of forgetting a visitor (the shell clears storage and reloads the page
 * afterwards, core/wipe.ts): drop everything on screen at once, so nothing of theirs shows even
 * for the moment before the reload, and clear sessionStorage, which a reload would keep.
 * localStorage is the shell's to clear (the browser fake keeps its config and outbox copy there).
 */
export function forgetVisitor(notice: WipeNotice, store: VisitorStore, root: Document = document): void {
  // A new screen replaces the visitor's: ephemeral widgets keep drafts and marks in the element.
  store.reset(notice.locale, { name: 'home' });
  root.documentElement.lang = notice.locale;
  try {
    root.defaultView?.sessionStorage.clear();
  } catch {
    // Storage blocked: there is nothing in it either.
  }
  // Dialogs of widgets (a date picker, a confirmation) close with the page; the app's own close with the state.
  (root.activeElement as HTMLElement | null)?.blur();
  root.defaultView?.scrollTo({ top: 0 });
}
