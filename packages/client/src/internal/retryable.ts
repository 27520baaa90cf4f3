/**
 * Whether an intake API answer may pass if sent again (docs/intake-api.md): 408 (the server gave
 * up on a body that came in too slowly: a weak link, not a bad request), 429 and 5xx. Other 4xx
 * are final. Submissions and demand events follow the same rule.
 */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;
