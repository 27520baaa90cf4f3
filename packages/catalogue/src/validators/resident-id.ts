import { compact, invalid, valid, type ValidatorResult } from './result.js';

export type ResidentIdReason = 'empty' | 'length' | 'legacy' | 'format' | 'region' | 'birthdate' | 'checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Resident identity number (公民身份号码), GB 11643-1999: address code (6), birth date
 * (YYYYMMDD), sequence (3), check character (ISO 7064 MOD 11-2, 0–9 or X). The 15-digit
 * first-generation numbers stopped being valid in 2013 and are refused with their own reason.
 * `today` is injectable so tests do not depend on the clock.
 */
export function validateResidentId(input: string, today: Date = new Date()): ValidatorResult<ResidentIdReason> {
  const value = compact(input).toUpperCase();
  if (!value) return invalid('empty');
  if (value.length === 15 && /^[0-9]{15}$/.test(value)) return invalid('legacy');
  if (value.length !== 18) return invalid('length');
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return invalid('format');
  // Province codes run 11–82 (GB/T 2260); 9x are not issued.
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 82) return invalid('region');
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = Date.UTC(y, m - 1, d);
  // GB 11643-1999's own worked example is born in 1880, so only absurd years are refused.
  if (y < 1850 || !isRealDate(y, m, d) || birth > today.getTime()) return invalid('birthdate');
  if (residentIdCheckCharacter(value.slice(0, 17)) !== value[17]) return invalid('checksum');
  return valid(value);
}
