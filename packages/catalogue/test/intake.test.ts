import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { zodErrorMap } from '@yizhan/i18n';
import { i18nFor } from '@yizhan/i18n/node';
import {
  ConsultationInput,
  EventsInput,
  RATING_TAGS,
  RATING_TAG_IDS,
  RatingInput,
  REFERENCE_PATTERN,
  ErrorBody,
} from '../src/index.js';

const consultation = () => ({
  topic: 'trademark',
  itemId: 'tm-renewal',
  outletId: 'cd-ip-centre',
  channel: 'web',
  locale: 'zh-CN',
  question: '商标快到期了，续展需要准备哪些材料？',
  contact: { name: '王女士', mobile: '13800138000', email: 'wang@example.cn' },
  replyChannel: 'sms',
  consent: { noticeVersion: '2025-01', acceptedAt: '2026-11-24T10:00:00+08:00' },
  website: '',
});

const rating = () => ({
  token: '0b6f1f38-9b0c-4a5e-9d57-5f2f7b8f3c11',
  target: { type: 'consultation', id: 'YZ-20261124-7K3Q9P' },
  level: 2,
  tags: ['slow-reply'],
  comment: '等了很久',
  channel: 'web',
  locale: 'zh-CN',
});

function messages(schema: z.ZodType, data: unknown, lang: string) {
  const result = schema.safeParse(data, { error: zodErrorMap(i18nFor(lang).t) });
  assert.equal(result.success, false, 'expected a validation failure');
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('ConsultationInput', () => {
  it('accepts the documented example and normalizes the mobile number', () => {
    const body = consultation();
    body.contact.mobile = '+86 138 0013 8000';
    const parsed = ConsultationInput.parse(body);
    assert.equal(parsed.contact.mobile, '13800138000');
  });
  it('treats blank optional contact fields as absent', () => {
    const body = { ...consultation(), contact: { name: '', mobile: '13800138000', email: '' } };
    assert.equal(ConsultationInput.parse(body).contact.email, undefined);
  });
  it('explains a bad mobile number in the request language', () => {
    const body = { ...consultation(), contact: { mobile: '12800138000' } };
    assert.deepEqual(messages(ConsultationInput, body, 'zh-CN'), [
      { path: 'contact.mobile', message: '不是有效的中国大陆手机号码（应以 13–19 开头）' },
    ]);
    assert.match(messages(ConsultationInput, body, 'en')[0]!.message, /mainland China mobile/);
  });
  it('needs an email for email replies and a mobile otherwise', () => {
    const email = { ...consultation(), replyChannel: 'email', contact: { mobile: '13800138000' } };
    assert.deepEqual(
      messages(ConsultationInput, email, 'en').map((m) => m.path),
      ['contact.email'],
    );
    const sms = { ...consultation(), contact: { email: 'wang@example.cn' } };
    assert.deepEqual(
      messages(ConsultationInput, sms, 'en').map((m) => m.path),
      ['contact.mobile'],
    );
    assert.ok(ConsultationInput.safeParse({ ...email, contact: { email: 'w@example.cn' } }).success);
  });
  it('refuses a filled spam trap, unknown fields and a missing consent', () => {
    assert.deepEqual(messages(ConsultationInput, { ...consultation(), website: 'http://spam' }, 'en'), [
      { path: 'website', message: 'This field must be left empty' },
    ]);
    assert.match(messages(ConsultationInput, { ...consultation(), idNumber: '1' }, 'en')[0]!.message, /idNumber/);
    const { consent: _omitted, ...noConsent } = consultation();
    assert.deepEqual(messages(ConsultationInput, noConsent, 'zh-CN'), [{ path: 'consent', message: '缺少必填项' }]);
  });
  it('refuses C0 and C1 control characters in free text, but not tabs and line breaks', () => {
    for (const c of ['\u0000', '\u001b', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f']) {
      const body = { ...consultation(), question: `商标续展需要哪些材料？${c}31m` };
      assert.deepEqual(messages(ConsultationInput, body, 'en'), [
        { path: 'question', message: 'Contains control characters that cannot be stored; remove them and try again' },
      ]);
    }
    const lines = { ...consultation(), question: '商标续展\t需要哪些材料？\r\n第二行\u00a0（不换行空格）' };
    assert.ok(ConsultationInput.safeParse(lines).success);
    assert.equal(RatingInput.safeParse({ ...rating(), comment: '很慢\u0085' }).success, false);
  });
});

describe('RatingInput', () => {
  it('accepts the documented example', () => {
    assert.ok(RatingInput.safeParse(rating()).success);
  });
  it('has stable kebab-case tags per level, bad levels sharing the negative set', () => {
    for (const id of RATING_TAG_IDS) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    for (const id of ['clear-guide', 'fast', 'helpful-staff', 'slow-reply', 'unclear-materials', 'too-many-trips'])
      assert.ok(RATING_TAG_IDS.includes(id as never), id);
    for (const id of ['rude-staff', 'system-hard-to-use', 'answer-unhelpful', 'overdue'])
      assert.ok(RATING_TAGS[1].includes(id) && RATING_TAGS[2].includes(id), id);
    assert.ok(RATING_TAGS[5].includes('fast') && !RATING_TAGS[2].includes('fast'));
  });
  it('needs a reason for a bad rating and refuses tags of another level', () => {
    assert.deepEqual(messages(RatingInput, { ...rating(), tags: [] }, 'en'), [
      { path: 'tags', message: 'Choose at least one reason when you are not satisfied' },
    ]);
    assert.deepEqual(messages(RatingInput, { ...rating(), tags: ['fast'] }, 'en'), [
      { path: 'tags.0', message: 'Tag “fast” does not fit the chosen rating' },
    ]);
    assert.ok(RatingInput.safeParse({ ...rating(), level: 5, tags: [] }).success);
    assert.equal(RatingInput.safeParse({ ...rating(), level: 6 }).success, false);
    assert.equal(RatingInput.safeParse({ ...rating(), level: 2.5 }).success, false);
  });
  it('checks the target id against its type', () => {
    assert.deepEqual(
      messages(RatingInput, { ...rating(), target: { type: 'consultation', id: 'tm-renewal' } }, 'en').map(
        (m) => m.path,
      ),
      ['target.id'],
    );
    assert.ok(RatingInput.safeParse({ ...rating(), target: { type: 'item', id: 'tm-renewal' } }).success);
  });
});

describe('EventsInput', () => {
  it('accepts the documented batch', () => {
    const body = {
      events: [
        { type: 'search', query: '商标续展', resultCount: 3, channel: 'web', locale: 'zh-CN' },
        { type: 'search', query: '天气预报', resultCount: 0, channel: 'kiosk', locale: 'zh-CN' },
        { type: 'view', itemId: 'tm-renewal', channel: 'web' },
        { type: 'select', query: 'sbxz', itemId: 'tm-renewal', channel: 'web' },
      ],
    };
    assert.equal(EventsInput.parse(body).events.length, 4);
  });
  it('refuses empty and oversized batches and personal fields', () => {
    assert.equal(EventsInput.safeParse({ events: [] }).success, false);
    const one = { type: 'view', itemId: 'x', channel: 'web' };
    assert.equal(EventsInput.safeParse({ events: Array(101).fill(one) }).success, false);
    assert.equal(EventsInput.safeParse({ events: [{ ...one, mobile: '13800138000' }] }).success, false);
  });
});

describe('schemas export to JSON Schema', () => {
  it('for the OpenAPI document', () => {
    for (const schema of [ConsultationInput, RatingInput, EventsInput, ErrorBody]) {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { type?: string };
      assert.equal(json.type, 'object');
    }
    assert.match('YZ-20261124-7K3Q9P', REFERENCE_PATTERN);
    assert.doesNotMatch('YZ-20261124-7K3Q9I', REFERENCE_PATTERN);
  });
});
