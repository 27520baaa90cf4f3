import { compact, invalid, valid, type ValidatorResult } from './result.js';

export type MobileReason = 'empty' | 'format' | 'length' | 'prefix';

/**
 * Mainland China mobile number: 11 digits starting 13–19 (MIIT numbering plan). A leading
 * +86 / 0086 / 86 is accepted and removed. There is no check digit; numbers are returned as
 * the bare 11 digits so the same person typed two ways is stored once.
 */
export function validateMobile(input: string): ValidatorResult<MobileReason> {
  // Spaces, dashes, dots and brackets are how people group the digits (138.0013.8000).
  let value = compact(input).replace(/[().]/g, '');
  if (!value) return invalid('empty');
  value = value.replace(/^(\+86|0086)/, '');
  if (value.length === 13 && value.startsWith('86')) value = value.slice(2);
  if (!/^[0-9]+$/.test(value)) return invalid('format');
  if (value.length !== 11) return invalid('length');
  if (!/^1[3-9]/.test(value)) return invalid('prefix');
  return valid(value);
}
