import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeDirection, resolveLocale } from '../src/index.js';

test('resolveLocale maps what browsers and systems send to a shipped locale', () => {
  const cases: [string | null | undefined, string][] = [
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-hant-hk', 'zh-Hant'],
    // The script decides: Simplified Chinese written in Hong Kong or Taiwan is still Simplified.
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hans-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['ja-JP', 'ja'],
    ['ug-CN', 'ug'],
    ['ug-Arab-CN', 'ug'],
    [' en ', 'en'],
    ['fr-FR', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
  ];
  for (const [input, expected] of cases) assert.equal(resolveLocale(input), expected, String(input));
});

test('Uyghur is right-to-left, the others left-to-right', () => {
  assert.equal(localeDirection('ug-CN'), 'rtl');
  assert.equal(localeDirection('zh-TW'), 'ltr');
  assert.equal(localeDirection('en'), 'ltr');
  // The Uyghur strings shipped are in Arabic script, whatever script the page's tag names.
  assert.equal(localeDirection('ug-Latn'), 'rtl');
});

test('a language a partner adds takes the direction of its script', () => {
  assert.equal(localeDirection('ar'), 'rtl');
  assert.equal(localeDirection('fa-IR'), 'rtl');
  assert.equal(localeDirection('he'), 'rtl');
  assert.equal(localeDirection('fr'), 'ltr');
  assert.equal(localeDirection('kk-Arab'), 'rtl');
  assert.equal(localeDirection(''), 'ltr');
  assert.equal(localeDirection('not a tag'), 'ltr');
});
