/**
 * One Content Security Policy for everything the server sends: the console is server-rendered
 * HTML and the API serves JSON, so one strict policy fits both. Styles come from the console's
 * own stylesheet, its one script (drafts of the text boxes) from its own file, never inline and
 * never through a DOM sink that parses HTML (Trusted Types are required, and it needs none);
 * images are inline (SVG charts).
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  requireTrustedTypesFor: ["'script'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * The core of what helmet sets, for the few answers written before its hook can run: errors
 * Node or Fastify raise before routing (see edge-errors.ts).
 */
export const EARLY_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`)
    .join(';'),
  'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'cache-control': 'no-store',
};
