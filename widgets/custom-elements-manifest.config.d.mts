/** Types for the analyzer config, so the tests can check its helpers. */
export interface CemEntry {
  name: string;
  description?: string;
  [key: string]: unknown;
}
export function splitEntries<T extends CemEntry>(entries: readonly T[] | undefined, tag: string): T[];
declare const config: Record<string, unknown>;
export default config;
