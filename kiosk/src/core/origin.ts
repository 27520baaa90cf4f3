/**
 * URL and origin rules shared by the config schema and the navigation allowlist. Everything is
 * decided on a parsed `URL`, never on string prefixes, so `https://portal.example.cn.evil.com`,
 * `https://portal.example.cn@evil.com` and friends cannot pass for an allowed origin.
 */

/** Hosts for which plain http is tolerated: the machine itself (a local intake server in a test hall). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** https anywhere, http only on loopback; never credentials in the URL. */
export function isSecureServiceUrl(text: string): boolean {
  const url = parseUrl(text);
  if (!url || url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/**
 * An origin as an operator writes it in the config: scheme, host and optional port and nothing
 * else. Returns the canonical form (`new URL(x).origin`) or undefined when the text is more or
 * less than an origin (a path, a query, a wildcard, userinfo, a trailing dot...).
 */
export function canonicalOrigin(text: string): string | undefined {
  // Shape first, on the raw text: the URL parser would quietly normalise `https://a.cn/./`,
  // `https://a.cn\\` or `https://user@a.cn` into something that looks like an origin.
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#\\@\s*]+\/?$/i.test(text)) return undefined;
  const url = parseUrl(text);
  if (!url || !isSecureServiceUrl(text) || url.hostname.endsWith('.')) return undefined;
  return url.origin;
}
