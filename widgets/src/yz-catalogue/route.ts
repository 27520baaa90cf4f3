export type RouteMode = 'hash' | 'query' | 'none';

export function routeMode(value: string | null | undefined): RouteMode {
  return value === 'query' || value === 'none' ? value : 'hash';
}

/** The hash read as `key=value&…`; a plain anchor (`#main`) holds no parameters. */
function hashParams(hash: string): URLSearchParams | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return new URLSearchParams();
  return raw.includes('=') ? new URLSearchParams(raw) : undefined;
}

/**
 * The item a URL points at, `null` when it points at none, or `undefined` when the URL says
 * nothing about this widget (a skip link changed the hash to `#main`): then nothing changes.
 */
export function readRoute(mode: RouteMode, param: string, href: string): string | null | undefined {
  if (mode === 'none') return undefined;
  const url = new URL(href);
  const params = mode === 'query' ? url.searchParams : hashParams(url.hash);
  if (!params) return undefined;
  const value = params.get(param);
  return value ? value : null;
}

/** `href` with the widget's parameter set (or removed), every other part of the URL kept. */
export function routeHref(mode: RouteMode, param: string, value: string | null, href: string): string {
  const url = new URL(href);
  if (mode === 'none') return url.href;
  if (mode === 'query') {
    if (value) url.searchParams.set(param, value);
    else url.searchParams.delete(param);
    return url.href;
  }
  const params = hashParams(url.hash) ?? new URLSearchParams();
  if (value) params.set(param, value);
  else params.delete(param);
  const hash = params.toString();
  url.hash = hash ? `#${hash}` : '';
  return hash ? url.href : url.href.replace(/#$/, '');
}
