/**
 * The real components, from the widgets build copied to /yizhan/ by scripts/prepare.ts, loaded only
 * on pages that show them (the landing page stays light). A same-origin module: CSP-safe.
 */
import { withBase } from 'vitepress';

let loading: Promise<unknown> | undefined;

function stylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

export function loadWidgets(): Promise<unknown> {
  if (!loading) {
    for (const theme of ['dark', 'high-contrast', 'elderly']) stylesheet(withBase(`/yizhan/themes/${theme}.css`));
    const url = withBase('/yizhan/yizhan.js');
    loading = import(/* @vite-ignore */ url).catch((error: unknown) => {
      loading = undefined;
      console.error('[docs] could not load the Yizhan widgets', error);
    });
  }
  return loading;
}
