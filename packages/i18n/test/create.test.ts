import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { createI18n, fallbackChain, registerLocale, zodErrorMap } from '../src/index.js';
import { i18nFor } from '../src/node.js';

test('two languages live side by side: instances never share a current language', async () => {
  const [zh, en] = await Promise.all([createI18n('zh-CN', ['cli']), createI18n('en-GB', ['cli'])]);
  assert.equal(zh.language, 'zh-CN');
  assert.equal(en.language, 'en');
  assert.equal(zh.t('cli:missingArg', { arg: '--out' }), '缺少参数：--out');
  assert.equal(en.t('cli:missingArg', { arg: '--out' }), 'Missing argument: --out');
  assert.equal(en.t('cli:problems', { count: 1 }), '1 problem found.');
  assert.equal(en.t('cli:problems', { count: 3 }), '3 problems found.');
});

test('a string missing in a partial locale falls back along its chain', async () => {
  assert.deepEqual(fallbackChain('zh-Hant'), ['zh-CN']);
  assert.deepEqual(fallbackChain('ja'), ['en', 'zh-CN']);
  // ug covers the widgets only, not the CLI: English is shown, not a key.
  assert.deepEqual(fallbackChain('ug'), ['en', 'zh-CN']);
  const ug = await createI18n('ug', ['cli']);
  assert.equal(ug.t('cli:missingArg', { arg: 'x' }), 'Missing argument: x');
  const hant = i18nFor('zh-TW');
  assert.equal(hant.language, 'zh-Hant');
  assert.doesNotMatch(hant.t('validation:format.regionCode'), /^format\./);
});

test('a partner can override one shipped string without losing the rest', async () => {
  registerLocale('en', { cli: { missingArg: 'You forgot {{arg}}' } });
  const en = await createI18n('en', ['cli']);
  assert.equal(en.t('cli:missingArg', { arg: '--out' }), 'You forgot --out');
  assert.equal(en.t('cli:unknownOption', { option: '--x' }), 'Unknown option --x');
  registerLocale('en', { cli: { missingArg: 'Missing argument: {{arg}}' } });
});

test('the zod error map speaks the language of the t it was given, per parse', () => {
  const schema = z.strictObject({ kind: z.enum(['a', 'b']), size: z.int().max(9), name: z.string().min(1) });
  const bad = { kind: 'c', size: 10, name: '', extra: 1 };
  const zh = schema.safeParse(bad, { error: zodErrorMap(i18nFor('zh-CN').t) }).error!.issues.map((i) => i.message);
  const en = schema.safeParse(bad, { error: zodErrorMap(i18nFor('en').t) }).error!.issues.map((i) => i.message);
  assert.deepEqual(en, [
    'Invalid value “c”, expected one of: a, b',
    'Must be at most 9',
    'Must not be empty',
    'Unrecognized field(s): extra',
  ]);
  assert.deepEqual(zh, ['取值“c”无效，应为以下之一：a, b', '不能大于 9', '不能为空', '无法识别的字段：extra']);
  // Patterns the caller names get their own message; others stay generic.
  const id = /^[a-z]+$/;
  const map = zodErrorMap(i18nFor('en').t, { patterns: { [String(id)]: 'format.id' } });
  assert.match(z.string().regex(id).safeParse('X', { error: map }).error!.issues[0]!.message, /letters, digits/);
  assert.equal(z.string().regex(/^\d$/).safeParse('X', { error: map }).error!.issues[0]!.message, 'Invalid format');
});
