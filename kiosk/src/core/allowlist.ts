import { parseUrl } from './origin.js';

/** The origin the renderer is served from (a privileged, standard, secure custom scheme). */
export const APP_ORIGIN = 'app://kiosk';

export type UrlVerdict =
  { allowed: true; origin: string } | { allowed: false; reason: 'unparseable' | 'scheme' | 'credentials' | 'origin' };

const SCHEMES = new Set(['https:', 'http:', 'app:']);

/**
 * `scheme://host[:port]` computed by hand: Node's URL reports `null` as the origin of custom
 * schemes such as app:, while Chromium (where the scheme is registered as standard) does not.
 * `host` already omits default ports, so `https://a.cn:443/` and `https://a.cn/` agree.
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/**
 * Exact-origin allowlist for navigations and pop-ups. A URL passes only when it parses, uses
 * https, http or app, carries no userinfo, and its origin equals one of the listed origins
 * character for character. No prefixes, no suffixes, no wildcards: `javascript:`, `data:`,
 * `file:`, `blob:`, `about:` and look-alike hosts all fail.
 */
export class OriginAllowlist {
  private readonly origins: ReadonlySet<string>;

  constructor(origins: Iterable<string>) {
    this.origins = new Set([...origins].map((o) => o.toLowerCase()));
  }

  verdict(text: string): UrlVerdict {
    const url = parseUrl(text);
    if (!url) return { allowed: false, reason: 'unparseable' };
    if (!SCHEMES.has(url.protocol)) return { allowed: false, reason: 'scheme' };
    if (url.username || url.password) return { allowed: false, reason: 'credentials' };
    const origin = originOf(url);
    return this.origins.has(origin.toLowerCase()) ? { allowed: true, origin } : { allowed: false, reason: 'origin' };
  }

  allows(text: string): boolean {
    return this.verdict(text).allowed;
  }

  /** The origins, lower-cased, for logs and docs. */
  get list(): readonly string[] {
    return [...this.origins];
  }
}
