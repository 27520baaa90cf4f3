/**
 * What every Chinese identifier validator returns: the normalized value, or a stable machine
 * reason code. Widgets and the server turn the code into a sentence with the `validation`
 * namespace (`validation:<kind>.<reason>`), so these functions hold no human text and run
 * unchanged in browsers, kiosks and Node.
 */
export type ValidatorResult<R extends string> = { ok: true; value: string } | { ok: false; reason: R };

export type Validator<R extends string> = (input: string) => ValidatorResult<R>;

export const valid = (value: string): { ok: true; value: string } => ({ ok: true, value });
export const invalid = <R extends string>(reason: R): { ok: false; reason: R } => ({ ok: false, reason });

/**
 * People paste numbers with full-width digits (１３８…), spaces, hyphens and dots from
 * documents; NFKC folds the full-width forms and the separators carry no meaning.
 */
export function compact(input: string, keep: RegExp = /[\s\u00a0\u3000-]/g): string {
  return input.normalize('NFKC').replace(keep, '');
}
