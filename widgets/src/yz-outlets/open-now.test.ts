import { expect } from '@open-wc/testing';
import type { OpeningHours, ResolvedOutlet } from '@yizhan/catalogue';
import { haversineKm, locate } from '../internal/geo.js';
import { openStatus, periodsOn, shanghaiTime, weeklyRows } from '../internal/opening-hours.js';
import { filterOutlets, regionOptions, sortOutlets } from './outlet-filter.js';

const hours: OpeningHours = {
  weekly: [
    { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
    { days: [6], open: '09:00', close: '12:00' },
  ],
  closed: ['2026-05-01'],
  open: ['2026-05-10'],
};
/** A moment in China Standard Time, whatever the test machine's zone. */
const cst = (local: string): Date => new Date(`${local}+08:00`);

describe('open now (Asia/Shanghai)', () => {
  it('reads the outlet clock, not the visitor’s', () => {
    // 2026-03-09 23:30 UTC is already Tuesday 07:30 in Chengdu.
    expect(shanghaiTime(new Date('2026-03-09T23:30:00Z'))).to.deep.equal({
      date: '2026-03-10',
      weekday: 2,
      minutes: 450,
    });
  });

  it('is open inside a period and says when it closes', () => {
    expect(openStatus(hours, cst('2026-03-10T10:00'))).to.deep.equal({
      state: 'open',
      closes: '12:00',
      date: '2026-03-10',
      closingSoon: false,
    });
  });

  it('warns when closing is near, and the closing minute is already closed', () => {
    expect(openStatus(hours, cst('2026-03-10T16:45'))).to.include({
      state: 'open',
      closingSoon: true,
      closes: '17:00',
    });
    expect(openStatus(hours, cst('2026-03-10T17:00'))).to.deep.equal({
      state: 'closed',
      next: { date: '2026-03-11', weekday: 3, time: '09:00', inDays: 1 },
    });
  });

  it('over lunch, opens again at 13:30 today', () => {
    expect(openStatus(hours, cst('2026-03-10T12:10'))).to.deep.equal({
      state: 'closed',
      next: { date: '2026-03-10', weekday: 2, time: '13:30', inDays: 0 },
    });
  });

  it('after Saturday morning, opens on Monday', () => {
    expect(openStatus(hours, cst('2026-03-14T12:30'))).to.deep.equal({
      state: 'closed',
      next: { date: '2026-03-16', weekday: 1, time: '09:00', inDays: 2 },
    });
  });

  it('is closed on an extra closed day (holiday) and open on an adjusted working Sunday', () => {
    expect(openStatus(hours, cst('2026-05-01T10:00')).state).to.equal('closed');
    expect(periodsOn(hours, '2026-05-10', 7).map((p) => p.open)).to.deep.equal(['09:00', '13:30']);
    expect(openStatus(hours, cst('2026-05-10T14:00'))).to.include({ state: 'open', closes: '17:00' });
  });

  it('knows nothing without hours', () => {
    expect(openStatus(undefined, new Date())).to.deep.equal({ state: 'unknown' });
    expect(openStatus({ weekly: [], closed: [], open: [] }, new Date())).to.deep.equal({ state: 'unknown' });
  });

  it('groups days with the same hours for display', () => {
    expect(weeklyRows(hours)).to.deep.equal([
      {
        ranges: [[1, 5]],
        periods: [
          { open: '09:00', close: '12:00' },
          { open: '13:30', close: '17:00' },
        ],
      },
      { ranges: [[6, 6]], periods: [{ open: '09:00', close: '12:00' }] },
    ]);
  });
});

describe('distance and location', () => {
  it('gives the straight-line distance Chengdu–Beijing', () => {
    const km = haversineKm({ lat: 30.6586, lng: 104.0647 }, { lat: 39.9042, lng: 116.4074 });
    expect(km).to.be.within(1500, 1540);
    expect(haversineKm({ lat: 30, lng: 104 }, { lat: 30, lng: 104 })).to.equal(0);
  });

  it('reports denial, unavailability and success without throwing', async () => {
    const denied = { getCurrentPosition: (_ok: unknown, fail?: (e: { code: number }) => void) => fail?.({ code: 1 }) };
    const broken = {
      getCurrentPosition: () => {
        throw new Error('no');
      },
    };
    const ok = {
      getCurrentPosition: (succeed: (p: { coords: { latitude: number; longitude: number } }) => void) =>
        succeed({ coords: { latitude: 30.6, longitude: 104.1 } }),
    };
    expect(await locate(denied)).to.deep.equal({ ok: false, reason: 'denied' });
    expect(await locate(broken)).to.deep.equal({ ok: false, reason: 'unavailable' });
    expect(await locate(undefined)).to.deep.equal({ ok: false, reason: 'unavailable' });
    expect(await locate(ok)).to.deep.equal({ ok: true, position: { lat: 30.6, lng: 104.1 } });
  });
});

describe('outlet filters', () => {
  const outlet = (id: string, regionCode: string, type: string, geo?: { lat: number; lng: number }): ResolvedOutlet =>
    ({
      id,
      name: { 'zh-CN': id },
      type,
      regionCode,
      address: { 'zh-CN': '' },
      phones: [],
      itemIds: [],
      languages: [],
      accessibility: [],
      windows: [],
      sample: false,
      provenance: {},
      ...(geo ? { geo } : {}),
    }) as ResolvedOutlet;
  const outlets = [
    outlet('sc-node', '510000', 'provincial-node', { lat: 30.67, lng: 104.06 }),
    outlet('cd-centre', '510104', 'municipal-centre', { lat: 30.64, lng: 104.08 }),
    outlet('cd-tisc', '510107', 'tisc', { lat: 30.63, lng: 104.04 }),
    outlet('yb', '511502', 'info-outlet'),
    outlet('bj', '110108', 'other', { lat: 39.97, lng: 116.35 }),
  ];
  const regions = new Map([
    ['510000', { code: '510000', name: { 'zh-CN': '四川省' } }],
    ['510100', { code: '510100', name: { 'zh-CN': '成都市' } }],
    ['110000', { code: '110000', name: { 'zh-CN': '北京市' } }],
  ]);

  it('narrows province → city → district by GB/T 2260 prefixes, with counts', () => {
    expect(regionOptions(outlets, regions, 'province').map((r) => [r.code, r.count])).to.deep.equal([
      ['510000', 4],
      ['110000', 1],
    ]);
    expect(regionOptions(outlets, regions, 'city', '510000').map((r) => [r.code, r.count])).to.deep.equal([
      ['510100', 2],
      ['511500', 1],
    ]);
    // Beijing's districts sit under 110100, which takes the municipality's name.
    expect(regionOptions(outlets, regions, 'city', '110000')[0]!.name).to.deep.equal({ 'zh-CN': '北京市' });
    expect(filterOutlets(outlets, { city: '510100' }).map((o) => o.id)).to.deep.equal(['cd-centre', 'cd-tisc']);
    expect(filterOutlets(outlets, { district: '510107' }).map((o) => o.id)).to.deep.equal(['cd-tisc']);
    expect(filterOutlets(outlets, { province: '510000', type: 'tisc' }).map((o) => o.id)).to.deep.equal(['cd-tisc']);
    expect(filterOutlets(outlets, { ids: new Set(['bj']) }).map((o) => o.id)).to.deep.equal(['bj']);
  });

  it('orders by network tier, or nearest first with unknown locations last', () => {
    const name = (o: ResolvedOutlet): string => o.id;
    expect(sortOutlets(outlets, name, 'zh-CN').map((r) => r.outlet.id)).to.deep.equal([
      'sc-node',
      'cd-centre',
      'cd-tisc',
      'yb',
      'bj',
    ]);
    const near = sortOutlets(outlets, name, 'zh-CN', { lat: 30.63, lng: 104.041 });
    expect(near.map((r) => r.outlet.id)).to.deep.equal(['cd-tisc', 'cd-centre', 'sc-node', 'bj', 'yb']);
    expect(near[0]!.km).to.be.lessThan(0.2);
    expect(near[4]!.km).to.equal(undefined);
  });
});
