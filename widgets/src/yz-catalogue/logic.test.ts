import { expect } from '@open-wc/testing';
import type { ResolvedItem } from '@yizhan/catalogue';
import { memoryStore, persistentStore, checklistKey } from './checklist-store.js';
import { applyFacets } from './facets.js';
import { searchItems } from './item-search.js';
import { qrPath } from '../internal/qr-path.js';
import { readRoute, routeHref } from './route.js';
import { durationDays, sortedItems } from './sort.js';
import { syntheticCatalogue } from './synthetic.js';
import { windowRange } from './windowing.js';

const items = syntheticCatalogue(60).items;
const tierOf = (item: ResolvedItem): string => (item.provenance['@'] === 'local' ? 'individual' : 'common');

describe('catalogue facets', () => {
  it('filters with OR inside a facet and AND across facets', () => {
    const { items: out } = applyFacets(items, { category: ['patent', 'trademark'], handlingType: ['instant'] }, tierOf);
    expect(out.length).to.be.greaterThan(0);
    for (const item of out) {
      expect(['patent', 'trademark']).to.include(item.category);
      expect(item.handlingType).to.equal('instant');
    }
    const expected = items.filter(
      (i) => (i.category === 'patent' || i.category === 'trademark') && i.handlingType === 'instant',
    ).length;
    expect(out.length).to.equal(expected);
  });

  it('counts options as if each were ticked, given the other facets', () => {
    const { counts } = applyFacets(items, { category: ['patent'] }, tierOf);
    // Category counts ignore the category filter itself: ticking “trademark” would add those.
    expect(counts.category.get('trademark')).to.equal(items.filter((i) => i.category === 'trademark').length);
    // Other facets count only within patent items.
    const patentInstant = items.filter((i) => i.category === 'patent' && i.handlingType === 'instant').length;
    expect(counts.handlingType.get('instant') ?? 0).to.equal(patentInstant);
    expect(counts.tier.get('individual')).to.equal(
      items.filter((i) => i.category === 'patent' && tierOf(i) === 'individual').length,
    );
  });

  it('keeps the order it was given', () => {
    const sorted = sortedItems(items, 'time', 'zh-CN');
    const { items: out } = applyFacets(sorted, { channel: ['online'] }, tierOf);
    const positions = out.map((i) => sorted.indexOf(i));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });
});

describe('catalogue sorting', () => {
  it('sorts by promised time, instant first, and caches per language', () => {
    const byTime = sortedItems(items, 'time', 'zh-CN');
    const days = byTime.map((i) => durationDays(i.timeLimit?.promised));
    expect(days).to.deep.equal([...days].sort((a, b) => a - b));
    expect(sortedItems(items, 'time', 'zh-CN')).to.equal(byTime);
  });

  it('sorts Chinese names by pinyin', () => {
    const named = ['专利', '版权', '商标'].map((n, i) => ({ ...items[i]!, name: { 'zh-CN': n } }));
    expect(sortedItems(named, 'name', 'zh-CN').map((i) => i.name['zh-CN'])).to.deep.equal(['版权', '商标', '专利']);
  });
});

describe('catalogue fallback search', () => {
  it('finds by name substring, best matches first, and reports zero results', () => {
    const found = searchItems(items, undefined, '事项 12');
    expect(found.ids[0]).to.equal('synthetic-12');
    expect(searchItems(items, undefined, '天气预报')).to.deep.equal({ ids: [], zeroResult: true });
  });

  it('asks the engine for every item, not just its first page', () => {
    let asked: unknown;
    const engine = {
      search: (_q: string, options?: unknown) => {
        asked = options;
        return {
          hits: [
            { kind: 'outlet', id: 'o', score: 1 },
            { kind: 'item', id: 'a', score: 1 },
          ],
          zeroResult: false,
        };
      },
      highlight: () => [],
    };
    expect(searchItems(items, engine, '专利').ids).to.deep.equal(['a']);
    expect(asked).to.deep.equal({ limit: items.length, kinds: ['item'] });
  });
});

describe('catalogue windowing', () => {
  it('renders the rows in view plus overscan, bounded whatever the list length', () => {
    expect(windowRange({ offset: 0, viewport: 800, rowHeight: 80, count: 10_000, overscan: 5 })).to.deep.equal([0, 15]);
    expect(windowRange({ offset: 80_000, viewport: 800, rowHeight: 80, count: 10_000, overscan: 5 })).to.deep.equal([
      995, 1015,
    ]);
    expect(windowRange({ offset: -300, viewport: 800, rowHeight: 80, count: 10_000, overscan: 5 })).to.deep.equal([
      0, 12,
    ]);
    expect(windowRange({ offset: 9e9, viewport: 800, rowHeight: 80, count: 10_000, overscan: 5 })).to.deep.equal([
      9_999, 10_000,
    ]);
    expect(windowRange({ offset: 0, viewport: 800, rowHeight: 0, count: 10_000 })).to.deep.equal([0, 30]);
  });
});

describe('catalogue routes', () => {
  const base = 'https://portal.example/ip/services.html';
  it('reads and writes the hash without touching other parameters', () => {
    expect(readRoute('hash', 'item', `${base}#item=tm-renewal`)).to.equal('tm-renewal');
    expect(readRoute('hash', 'item', `${base}#tab=2`)).to.equal(null);
    expect(readRoute('hash', 'item', `${base}#main`)).to.equal(undefined);
    expect(routeHref('hash', 'item', 'tm-renewal', `${base}#tab=2`)).to.equal(`${base}#tab=2&item=tm-renewal`);
    expect(routeHref('hash', 'item', null, `${base}#item=tm-renewal`)).to.equal(base);
    expect(routeHref('hash', 'item', 'a', `${base}#main`)).to.equal(`${base}#item=a`);
  });

  it('reads and writes a query parameter', () => {
    expect(readRoute('query', 'svc', `${base}?lang=en&svc=patent-pledge`)).to.equal('patent-pledge');
    expect(routeHref('query', 'svc', 'x', `${base}?lang=en`)).to.equal(`${base}?lang=en&svc=x`);
    expect(routeHref('query', 'svc', null, `${base}?lang=en&svc=x`)).to.equal(`${base}?lang=en`);
    expect(readRoute('none', 'item', `${base}?item=x`)).to.equal(undefined);
  });
});

describe('checklist store', () => {
  afterEach(() => localStorage.clear());

  it('keeps ticks per item and version in localStorage, and clears them', () => {
    const store = persistentStore();
    const key = checklistKey('tm-renewal', '3');
    store.set(key, new Set([0, 2]));
    expect([...persistentStore().get(key)]).to.deep.equal([0, 2]);
    expect(persistentStore().get(checklistKey('tm-renewal', '4')).size).to.equal(0);
    store.clear(key);
    expect(localStorage.length).to.equal(0);
  });

  it('falls back to memory when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    const store = persistentStore(broken);
    store.set('a@1', new Set([1]));
    expect([...store.get('a@1')]).to.deep.equal([1]);
  });

  it('memory store forgets everything on clearAll', () => {
    const store = memoryStore();
    store.set('a@1', new Set([1]));
    store.clearAll();
    expect(store.get('a@1').size).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });
});

describe('QR code', () => {
  it('encodes a URL as path data with a square module grid', async () => {
    const { size, d } = await qrPath('https://portal.example/ip/#item=patent-pledge');
    expect(size).to.be.within(21, 57);
    expect((size - 17) % 4).to.equal(0);
    expect(d).to.match(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });
});
