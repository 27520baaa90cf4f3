import { compact, invalid, valid, type ValidatorResult } from './result.js';

export type PatentApplicationReason = 'empty' | 'format' | 'type' | 'year' | 'checksum';

export type PatentType = 'invention' | 'utility-model' | 'design' | 'pct-invention' | 'pct-utility-model';

const TYPES: Record<string, PatentType> = {
  '1': 'invention',
  '2': 'utility-model',
  '3': 'design',
  '8': 'pct-invention',
  '9': 'pct-utility-model',
};

/**
 * CNIPA check digit: digits weighted 2,3,4,5,6,7,8,9 repeating, sum mod 11, 10 written X.
 * The same rule covers the 12-digit numbers (from October 2003) and the older 8-digit ones.
 */
export function patentCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * ((i % 8) + 2);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export interface ParsedPatentApplication {
  /** Canonical form, `202310123456.7` (or `98123456.X` for pre-2003 numbers). */
  value: string;
  year: number;
  type: PatentType;
}

/**
 * Chinese patent application number (专利申请号). Accepted forms: `2023 1 0123456.7`,
 * `CN202310123456.7`, `ZL202310123456.7`, `202310123456.7`, and the 1985–2003 form
 * `98 1 23456.X`. The dot before the check digit is optional. `currentYear` bounds the year.
 */
export function parsePatentApplication(
  input: string,
  currentYear: number = new Date().getFullYear(),
): { ok: true; value: ParsedPatentApplication } | { ok: false; reason: PatentApplicationReason } {
  const value = compact(input)
    .toUpperCase()
    .replace(/^(CN|ZL)/, '')
    .replace(/\s/g, '');
  if (!value) return invalid('empty');
  const match = /^([0-9]{12}|[0-9]{8})\.?([0-9X])$/.exec(value);
  if (!match) return invalid('format');
  const body = match[1] ?? '';
  const check = match[2] ?? '';
  const long = body.length === 12;
  const year = long ? Number(body.slice(0, 4)) : 1900 + Number(body.slice(0, 2));
  const typeDigit = body[long ? 4 : 2] ?? '';
  const type = TYPES[typeDigit];
  if (!type) return invalid('type');
  // 12-digit numbers began in 2003; 8-digit ones ran 1985–2003 (two-digit years 85–99, 00–03).
  const oldYear = Number(body.slice(0, 2));
  if (long ? year < 2003 || year > currentYear : !(oldYear >= 85 || oldYear <= 3)) return invalid('year');
  if (patentCheckDigit(body) !== check) return invalid('checksum');
  return {
    ok: true,
    value: { value: `${body}.${check}`, year: long ? year : oldYear >= 85 ? 1900 + oldYear : 2000 + oldYear, type },
  };
}

export function validatePatentApplication(
  input: string,
  currentYear?: number,
): ValidatorResult<PatentApplicationReason> {
  const parsed = parsePatentApplication(input, currentYear);
  return parsed.ok ? valid(parsed.value.value) : parsed;
}
