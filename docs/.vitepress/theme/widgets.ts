/**
 * The real components, from the widgets build copied to /yizhan/ by scripts/prepare.ts, loaded only
 * on pages that show them, and only the entries those pages use (each component has its own entry;
 * shared chunks are loaded once). Same-origin modules: CSP-safe.
 */
import { withBase } from 'vitepress';

const loading = new Map<string, Promise<unknown>>();

function stylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Registers the given elements (`yz-search`…) from their entries in the widgets build. */
export function loadWidgets(tags: Iterable<string>): Promise<unknown> {
  for (const theme of ['dark', 'high-contrast', 'elderly']) stylesheet(withBase(`/yizhan/themes/${theme}.css`));
  const pending: Promise<unknown>[] = [];
  for (const tag of new Set(tags)) {
    if (!/^yz-[a-z-]+$/.test(tag) || customElements.get(tag)) continue;
    if (!loading.has(tag)) {
      const url = withBase(`/yizhan/${tag}.js`);
      loading.set(
        tag,
        import(/* @vite-ignore */ url).catch((error: unknown) => {
          loading.delete(tag);
          console.error(`[docs] could not load ${url}`, error);
        }),
      );
    }
    pending.push(loading.get(tag)!);
  }
  return Promise.all(pending);
}

/** The yz-* elements placed directly in `root` (not those they create inside themselves). */
export function tagsIn(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('yz-'));
}
