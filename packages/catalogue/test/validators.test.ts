import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parsePatentApplication,
  patentCheckDigit,
  residentIdCheckCharacter,
  usccCheckCharacter,
  validateEmail,
  validateMobile,
  validatePatentApplication,
  validateResidentId,
  validateTrademarkNumber,
  validateUscc,
} from '../src/index.js';

const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('validateMobile', () => {
  it('accepts mainland numbers typed in common ways and normalizes them', () => {
    for (const input of [
      '13800138000',
      '+86 138 0013 8000',
      '0086-13800138000',
      '8613800138000',
      '１３８００１３８０００',
      '138.0013.8000',
      '(+86) 138-0013-8000',
    ]) {
      assert.deepEqual(validateMobile(input), { ok: true, value: '13800138000' }, input);
    }
    assert.equal(reason(validateMobile('19912345678')), 'ok');
  });
  it('gives a reason for each kind of mistake', () => {
    assert.equal(reason(validateMobile('')), 'empty');
    assert.equal(reason(validateMobile('138abc38000')), 'format');
    assert.equal(reason(validateMobile('1380013800')), 'length');
    assert.equal(reason(validateMobile('12800138000')), 'prefix');
    assert.equal(reason(validateMobile('010-12345678')), 'prefix'); // a Beijing landline
  });
});

describe('validateEmail', () => {
  it('accepts ordinary and internationalized addresses, lower-casing the domain', () => {
    assert.deepEqual(validateEmail('Wang@Example.CN'), { ok: true, value: 'Wang@example.cn' });
    assert.equal(reason(validateEmail('zhang.san+ip@mail.gov.cn')), 'ok');
    assert.equal(reason(validateEmail('张三@例子.中国')), 'ok');
  });
  it('refuses what no reply can reach', () => {
    assert.equal(reason(validateEmail(' ')), 'empty');
    assert.equal(reason(validateEmail('wang.example.cn')), 'format');
    assert.equal(reason(validateEmail('wang@')), 'format');
    assert.equal(reason(validateEmail('wa ng@example.cn')), 'format');
    assert.equal(reason(validateEmail('wang..li@example.cn')), 'format');
    assert.equal(reason(validateEmail('wang@localhost')), 'domain');
    assert.equal(reason(validateEmail('wang@10.0.0.1')), 'domain');
    assert.equal(reason(validateEmail('wang@-bad.cn')), 'domain');
    assert.equal(reason(validateEmail(`${'a'.repeat(250)}@x.cn`)), 'length');
  });
});

describe('validateUscc (GB 32100-2015)', () => {
  // Published codes of well-known companies and one public institution.
  const real = [
    '91350100M000100Y43', // the worked example used across GB 32100 guides
    '9144030071526726XG', // Tencent (Shenzhen)
    '914403001922038216', // Huawei Technologies
    '91330100716105852F', // Alibaba (China)
    '12100000400000624D', // a central public institution (事业单位)
  ];
  it('accepts real codes, in lower case or with spaces too', () => {
    for (const code of real) assert.equal(reason(validateUscc(code)), 'ok', code);
    assert.deepEqual(validateUscc('9144 0300 7152 6726 xg'), { ok: true, value: '9144030071526726XG' });
  });
  it('computes the check character', () => {
    for (const code of real) assert.equal(usccCheckCharacter(code.slice(0, 17)), code[17]);
  });
  it('gives reasons', () => {
    assert.equal(reason(validateUscc('')), 'empty');
    assert.equal(reason(validateUscc('9144030071526726X')), 'length');
    assert.equal(reason(validateUscc('9144030071526726XI')), 'charset');
    assert.equal(reason(validateUscc('H144030071526726XG')), 'format');
    assert.equal(reason(validateUscc('9144030071526726XH')), 'checksum');
    assert.equal(reason(validateUscc('911100001000073428')), 'checksum');
  });
  it('catches every single-character substitution (property)', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(fc.constantFrom(...real), fc.nat(16), fc.nat(30), (code, pos, pick) => {
        const replacement = alphabet[pick]!;
        fc.pre(replacement !== code[pos]);
        const changed = code.slice(0, pos) + replacement + code.slice(pos + 1);
        return !validateUscc(changed).ok;
      }),
    );
  });
});

describe('validateResidentId (GB 11643-1999)', () => {
  const today = new Date(Date.UTC(2026, 10, 24));
  it('accepts the standard’s worked examples', () => {
    assert.equal(reason(validateResidentId('11010519491231002X', today)), 'ok');
    assert.equal(reason(validateResidentId('440524188001010014', today)), 'ok');
    assert.deepEqual(validateResidentId('11010519491231002x', today), { ok: true, value: '11010519491231002X' });
    assert.equal(residentIdCheckCharacter('11010519491231002'), 'X');
  });
  it('gives reasons', () => {
    assert.equal(reason(validateResidentId('', today)), 'empty');
    assert.equal(reason(validateResidentId('110105491231002', today)), 'legacy');
    assert.equal(reason(validateResidentId('11010519491231002', today)), 'length');
    assert.equal(reason(validateResidentId('1101051949123100AX', today)), 'format');
    assert.equal(reason(validateResidentId('990105194912310021', today)), 'region');
    assert.equal(reason(validateResidentId('110105194902300021', today)), 'birthdate'); // 30 February
    assert.equal(reason(validateResidentId('110105203001010011', today)), 'birthdate'); // in the future
    assert.equal(reason(validateResidentId('110105194912310021', today)), 'checksum');
  });
  it('catches every single-digit substitution (property)', () => {
    fc.assert(
      fc.property(fc.nat(17), fc.nat(9), (pos, digit) => {
        const code = '11010519491231002X';
        const replacement = pos === 17 ? '0123456789'[digit]! : String(digit);
        fc.pre(replacement !== code[pos]);
        return !validateResidentId(code.slice(0, pos) + replacement + code.slice(pos + 1), today).ok;
      }),
    );
  });
});

describe('validatePatentApplication', () => {
  it('computes CNIPA check digits (weights 2–9, mod 11, 10 is X)', () => {
    assert.equal(patentCheckDigit('201010100153'), '5');
    // 2+... chosen so the remainder is 10: the check digit is written X.
    const body = Array.from({ length: 10000 }, (_, i) => `2023100${String(i).padStart(5, '0')}`).find(
      (b) => patentCheckDigit(b) === 'X',
    );
    assert.ok(body);
    assert.equal(reason(validatePatentApplication(`${body}.X`, 2026)), 'ok');
  });
  it('accepts the written forms and normalizes them', () => {
    const check = patentCheckDigit('202310123456');
    for (const input of [
      `2023 1 0123456.${check}`,
      `CN202310123456.${check}`,
      `ZL 202310123456${check}`,
      `２０２３１０１２３４５６.${check}`,
    ]) {
      assert.deepEqual(validatePatentApplication(input, 2026), { ok: true, value: `202310123456.${check}` }, input);
    }
    const parsed = parsePatentApplication(`2023 1 0123456.${check}`, 2026);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.type, 'invention');
    assert.equal(parsed.value.year, 2023);
    const old = parsePatentApplication(`98 1 23456.${patentCheckDigit('98123456')}`, 2026);
    assert.ok(old.ok);
    assert.equal(old.value.year, 1998);
  });
  it('gives reasons', () => {
    assert.equal(reason(validatePatentApplication('', 2026)), 'empty');
    assert.equal(reason(validatePatentApplication('2023 1 0123.4', 2026)), 'format');
    assert.equal(reason(validatePatentApplication(`202340123456.${patentCheckDigit('202340123456')}`, 2026)), 'type');
    assert.equal(reason(validatePatentApplication(`202910123456.${patentCheckDigit('202910123456')}`, 2026)), 'year');
    assert.equal(reason(validatePatentApplication(`199910123456.${patentCheckDigit('199910123456')}`, 2026)), 'year');
    const check = patentCheckDigit('202310123456');
    const wrong = check === '0' ? '1' : '0';
    assert.equal(reason(validatePatentApplication(`202310123456.${wrong}`, 2026)), 'checksum');
  });
});

describe('validateTrademarkNumber', () => {
  it('accepts application/registration and Madrid numbers', () => {
    assert.deepEqual(validateTrademarkNumber('第 12345678 号'), { ok: true, value: '12345678' });
    assert.equal(reason(validateTrademarkNumber('568')), 'ok');
    assert.equal(reason(validateTrademarkNumber('g1234567')), 'ok');
  });
  it('gives reasons', () => {
    assert.equal(reason(validateTrademarkNumber('')), 'empty');
    assert.equal(reason(validateTrademarkNumber('01234567')), 'format');
    assert.equal(reason(validateTrademarkNumber('12A45678')), 'format');
    assert.equal(reason(validateTrademarkNumber('1234567890')), 'length');
    assert.equal(reason(validateTrademarkNumber('G12')), 'length');
  });
});

describe('validators never throw (property)', () => {
  it('returns a result for any string', () => {
    const all = [
      validateMobile,
      validateEmail,
      validateUscc,
      (s: string) => validateResidentId(s),
      (s: string) => validatePatentApplication(s),
      validateTrademarkNumber,
    ];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) =>
        all.every((fn) => {
          const r = fn(s);
          return r.ok ? typeof r.value === 'string' : typeof r.reason === 'string';
        }),
      ),
    );
  });
});
