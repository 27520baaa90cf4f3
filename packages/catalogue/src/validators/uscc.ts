import { compact, invalid, valid, type ValidatorResult } from './result.js';

export type UsccReason = 'empty' | 'length' | 'charset' | 'format' | 'checksum';

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V (easily misread). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^i mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th (check) character of a unified social credit code from its first 17. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: registration authority
 * (1 char), organization type (1), region code (6 digits, GB/T 2260), organization code (9),
 * check character (1, ISO 7064 MOD 31-3 style weighted sum).
 */
export function validateUscc(input: string): ValidatorResult<UsccReason> {
  const value = compact(input).toUpperCase();
  if (!value) return invalid('empty');
  if (value.length !== 18) return invalid('length');
  if ([...value].some((c) => !ALPHABET.includes(c))) return invalid('charset');
  // Authority codes are 1–9, A–G and Y; the region part is six digits.
  if (!/^[1-9A-GY][0-9A-Y][0-9]{6}/.test(value)) return invalid('format');
  if (usccCheckCharacter(value.slice(0, 17)) !== value[17]) return invalid('checksum');
  return valid(value);
}
