import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventsInput } from '@yizhan/catalogue';
import { cleanQuery, createEventReporter, type EventReporterOptions } from '../src/index.js';
import { FakeTimers } from './helpers/fake-timers.js';
import { json, networkDown, scriptedFetch } from './helpers/fake-intake.js';

function reporter(options: Partial<EventReporterOptions> & Pick<EventReporterOptions, 'fetch'>) {
  const timers = new FakeTimers();
  const events = createEventReporter({
    baseUrl: 'https://intake.example.cn',
    channel: 'web',
    locale: 'zh-CN',
    timers,
    sendBeacon: null,
    ...options,
  });
  return { events, timers };
}
const sentEvents = (fetch: ReturnType<typeof scriptedFetch>) =>
  fetch.seen.map((r) => (JSON.parse(r.body) as { events: Record<string, unknown>[] }).events);

describe('cleanQuery', () => {
  it('masks phone numbers, ID numbers, long codes and e-mail addresses', () => {
    assert.equal(cleanQuery('13800138000 商标'), '########### 商标');
    assert.equal(cleanQuery('我的电话 138-0013-8000'), '我的电话 ###-####-####');
    assert.equal(cleanQuery('１３８００１３８０００'), '###########', 'full-width digits too');
    assert.equal(cleanQuery('身份证11010519491231002X怎么办'), '身份证##################怎么办');
    assert.equal(cleanQuery('91350100M000100Y43 质押'), '################## 质押');
    assert.equal(cleanQuery('联系 wang@example.cn'), '联系 *@*');
    assert.equal(cleanQuery('申请号 202310123456.7'), '申请号 ############.7');
  });

  it('keeps what is demand, not identity: hotlines, years, classes, words', () => {
    assert.equal(cleanQuery('12330'), '12330');
    assert.equal(cleanQuery('2025年 商标  续展'), '2025年 商标 续展');
    assert.equal(cleanQuery('第35类'), '第35类');
    assert.equal(cleanQuery('PCT申请'), 'pct申请');
    assert.equal(cleanQuery('Trademark Renewal'), 'trademark renewal');
  });

  it('cuts to 64 characters and drops empty queries', () => {
    assert.equal([...cleanQuery('专'.repeat(100))!].length, 64);
    assert.equal(cleanQuery('   '), undefined);
    assert.equal(cleanQuery(42), undefined);
  });
});

describe('createEventReporter', () => {
  it('sends events in the shape the intake API accepts, with channel and locale', async () => {
    const fetch = scriptedFetch(json(202, { accepted: 3 }));
    let locale = 'zh-CN';
    const { events } = reporter({ fetch, locale: () => locale });
    events.track({ type: 'search', query: '商标续展', resultCount: 3 });
    locale = 'en';
    events.track({ type: 'view', itemId: 'tm-renewal' });
    events.track({ type: 'select', query: 'sbxz', itemId: 'tm-renewal' });
    await events.flush();
    assert.equal(fetch.seen[0]!.url, 'https://intake.example.cn/v1/events');
    const body = JSON.parse(fetch.seen[0]!.body) as unknown;
    assert.ok(EventsInput.safeParse(body).success, 'valid against the server schema');
    assert.deepEqual(sentEvents(fetch), [
      [
        { type: 'search', query: '商标续展', resultCount: 3, channel: 'web', locale: 'zh-CN' },
        { type: 'view', itemId: 'tm-renewal', channel: 'web', locale: 'en' },
        { type: 'select', query: 'sbxz', itemId: 'tm-renewal', channel: 'web', locale: 'en' },
      ],
    ]);
  });

  it('collapses typing and repeated searches into the query people settled on', async () => {
    const fetch = scriptedFetch(json(202, {}));
    const { events } = reporter({ fetch });
    for (const query of ['商', '商标', '商标续', '商标续展']) events.track({ type: 'search', query, resultCount: 2 });
    events.track({ type: 'search', query: '天气预报', resultCount: 0 });
    events.track({ type: 'search', query: '商标续展', resultCount: 3 });
    await events.flush();
    assert.deepEqual(
      sentEvents(fetch)[0]!.map((e) => [e['query'], e['resultCount']]),
      [
        ['天气预报', 0],
        ['商标续展', 3],
      ],
    );
  });

  it('never sends the personal data typed into a search box', async () => {
    const fetch = scriptedFetch(json(202, {}));
    const { events } = reporter({ fetch });
    events.track({ type: 'search', query: '王女士 13800138000 商标', resultCount: 0 });
    await events.flush();
    assert.ok(!fetch.seen[0]!.body.includes('13800138000'));
  });

  it('batches at most 100 events a request, sending as soon as 100 are waiting', async () => {
    const fetch = scriptedFetch(json(202, {}));
    const { events } = reporter({ fetch });
    for (let i = 0; i < 250; i++) events.track({ type: 'view', itemId: `item-${i}` });
    await events.flush();
    assert.deepEqual(
      sentEvents(fetch).map((batch) => batch.length),
      [100, 100, 50],
    );
  });

  it('flushes on its interval', async () => {
    const fetch = scriptedFetch(json(202, {}));
    const { events, timers } = reporter({ fetch, flushIntervalMs: 20_000 });
    events.track({ type: 'view', itemId: 'tm-renewal' });
    assert.deepEqual(timers.delays(), [20_000]);
    assert.equal(fetch.seen.length, 0);
    timers.fire();
    await events.flush();
    assert.equal(fetch.seen.length, 1);
  });

  it('keeps events through network failures, 408 and 5xx, drops what the server refuses', async () => {
    const fetch = scriptedFetch(
      networkDown(),
      json(503, {}),
      json(408, {}),
      json(202, {}),
      json(400, {}),
      json(202, {}),
    );
    const { events } = reporter({ fetch });
    events.track({ type: 'view', itemId: 'a' });
    await events.flush();
    await events.flush();
    await events.flush();
    await events.flush();
    assert.deepEqual(
      sentEvents(fetch).map((b) => b.map((e) => e['itemId'])),
      [['a'], ['a'], ['a'], ['a']],
    );
    events.track({ type: 'view', itemId: 'b' });
    await events.flush(); // 400
    await events.flush();
    assert.equal(fetch.seen.length, 5, 'nothing left to send after a 4xx');
  });

  it('never throws into the page', async () => {
    const fetch = (() => {
      throw new Error('boom');
    }) as unknown as typeof globalThis.fetch;
    const { events } = reporter({ fetch });
    assert.doesNotThrow(() => {
      events.track(null as never);
      events.track({ type: 'nonsense' } as never);
      events.track({ type: 'search', query: '商标', resultCount: -1 });
      events.track({ type: 'view', itemId: '../../etc/passwd' });
      events.track({ type: 'view', itemId: 'ok' });
    });
    await events.flush();
    events.stop();
  });

  it('does nothing at all when disabled', async () => {
    const fetch = scriptedFetch(json(202, {}));
    const { events, timers } = reporter({ fetch, enabled: false });
    events.track({ type: 'view', itemId: 'tm-renewal' });
    await events.flush();
    events.stop();
    assert.equal(fetch.seen.length, 0);
    assert.equal(timers.pending.size, 0);
  });
});
