import { compact, invalid, valid, type ValidatorResult } from './result.js';

export type TrademarkNumberReason = 'empty' | 'format' | 'length';

/**
 * Trademark application / registration number (商标注册号/申请号). CNIPA numbers them
 * sequentially with no check digit, and a registration keeps its application number, so one
 * validator serves both: 1–9 digits without a leading zero. `第 12345678 号` and a Madrid
 * international registration written `G1234567` are accepted.
 */
export function validateTrademarkNumber(input: string): ValidatorResult<TrademarkNumberReason> {
  const value = compact(input)
    .toUpperCase()
    .replace(/^第(.*)号$/u, '$1');
  if (!value) return invalid('empty');
  if (/^G[0-9]+$/.test(value)) {
    return value.length >= 5 && value.length <= 9 && value[1] !== '0' ? valid(value) : invalid('length');
  }
  if (!/^[0-9]+$/.test(value) || value.startsWith('0')) return invalid('format');
  if (value.length > 9) return invalid('length');
  return valid(value);
}
