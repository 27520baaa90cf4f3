import { invalid, valid, type ValidatorResult } from './result.js';

export type EmailReason = 'empty' | 'format' | 'length' | 'domain';

// Pragmatic, not RFC 5322: what a reply can actually be sent to. Unicode local parts and
// domains (张三@例子.中国) are allowed because Chinese IDN mail exists.
const LOCAL = /^[^\s\p{Cc}\p{Cf}\p{Cs}@"(),:;<>[\\\]]+$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

export function validateEmail(input: string): ValidatorResult<EmailReason> {
  const value = input.normalize('NFKC').trim();
  if (!value) return invalid('empty');
  if (value.length > 254) return invalid('length');
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return invalid('format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return invalid('format');
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels.at(-1) ?? '')) {
    return invalid('domain');
  }
  return valid(`${local}@${domain}`);
}
