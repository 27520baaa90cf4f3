import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Catalogue } from '@yizhan/catalogue';
import { DEMO_BUNDLE, deepActiveElement, press, tap, until } from '../../test/helpers.js';
import type { GeolocationProvider } from '../internal/geo.js';
import './define.js';
import type { YzOutlets } from './yz-outlets.js';

const $ = <T extends Element = HTMLElement>(el: YzOutlets, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: YzOutlets, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (el: Element | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cards = (el: YzOutlets): HTMLElement[] => $$(el, '.outlet');
const ids = (el: YzOutlets): string[] => cards(el).map((c) => c.dataset['outlet']!);

async function ready(el: YzOutlets): Promise<void> {
  await until(() => !!$(el, '.finder'), 'the finder renders', 10000);
}
async function choose(el: YzOutlets, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

let demo: Catalogue | undefined;
async function demoCatalogue(): Promise<Catalogue> {
  demo ??= (await fetch(`${DEMO_BUNDLE}catalogue.json`).then((r) => r.json())) as Catalogue;
  return demo;
}

/** Tuesday 10 March 2026, 12:10 in Chengdu: most offices are on their lunch break. */
const LUNCH = new Date('2026-03-10T12:10:00+08:00');
/** Tuesday 10:00: open. */
const MORNING = new Date('2026-03-10T10:00:00+08:00');

afterEach(() => fixtureCleanup());

describe('yz-outlets: finding an outlet', () => {
  it('lists every outlet with its address, phones as tel: links and sample badges, axe clean', async () => {
    const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING}></yz-outlets>`);
    await ready(el);
    const catalogue = await demoCatalogue();
    expect(text($(el, '.result-count'))).to.contain(String(catalogue.outlets.length));
    expect(cards(el).length).to.equal(Math.min(20, catalogue.outlets.length));
    expect($(el, 'slot[name="map"]')).not.to.equal(null);
    const withPhone = catalogue.outlets.find((o) => o.phones.length > 0)!;
    const card = $(el, `[data-outlet="${withPhone.id}"]`);
    if (card) expect(card.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.match(/^tel:[\d+]+$/);
    for (const card of cards(el)) {
      const sample = catalogue.outlets.find((o) => o.id === card.dataset['outlet'])!.sample;
      expect(!!card.querySelector('.badge.sample')).to.equal(sample);
    }
    await expect(el).to.be.accessible();
  });

  it('puts its headings at the page outline level it is given', async () => {
    const levels = (el: YzOutlets) =>
      [$(el, '.filters-title'), $(el, '.outlet-name'), $(el, '.items-title')].map((h) => h?.tagName);
    const plain = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING}></yz-outlets>`);
    await ready(plain);
    expect(levels(plain)).to.deep.equal(['H3', 'H3', 'H4']);
    const under = await fixture<YzOutlets>(
      html`<main>
        <h1>网点</h1>
        <yz-outlets src=${DEMO_BUNDLE} heading-level="2" .now=${MORNING}></yz-outlets>
      </main>`,
    );
    const el = under.querySelector('yz-outlets')!;
    await ready(el);
    expect(levels(el)).to.deep.equal(['H2', 'H2', 'H3']);
    await expect(el).to.be.accessible();
  });

  it('narrows by province → city → district and by type, with counts in the options', async () => {
    const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING}></yz-outlets>`);
    await ready(el);
    const catalogue = await demoCatalogue();
    const inSichuan = catalogue.outlets.filter((o) => o.regionCode.startsWith('51')).length;
    const province = $<HTMLSelectElement>(el, '#province')!;
    const sichuan = [...province.options].find((o) => o.value === '510000')!;
    expect(sichuan.textContent).to.contain(`（${inSichuan}）`);
    expect($<HTMLSelectElement>(el, '#city')!.disabled).to.equal(true);
    await choose(el, '#province', '510000');
    expect(text($(el, '.result-count'))).to.contain(String(inSichuan));
    await choose(el, '#city', '510100');
    const inChengdu = catalogue.outlets.filter((o) => o.regionCode.startsWith('5101') && o.regionCode !== '510000');
    expect(text($(el, '.result-count'))).to.contain(String(inChengdu.length));
    for (const id of ids(el)) expect(inChengdu.map((o) => o.id)).to.include(id);
    const district = [...$<HTMLSelectElement>(el, '#district')!.options].find((o) => o.value !== '')!;
    await choose(el, '#district', district.value);
    for (const id of ids(el)) expect(catalogue.outlets.find((o) => o.id === id)!.regionCode).to.equal(district.value);
    await choose(el, '#district', '');
    const type = [...$<HTMLSelectElement>(el, '#type')!.options].find((o) => o.value === 'tisc');
    if (type) {
      await choose(el, '#type', 'tisc');
      for (const card of cards(el)) expect(text(card.querySelector('.outlet-type'))).to.contain('TISC');
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the chosen region in its select when the other filters leave it no outlets', async () => {
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} region="510100" .now=${MORNING}></yz-outlets>`,
    );
    await ready(el);
    const district = [...$<HTMLSelectElement>(el, '#district')!.options].find((o) => o.value !== '')!.value;
    await choose(el, '#district', district);
    const input = $<HTMLInputElement>(el, '#oq')!;
    input.value = 'zzzzqqqq';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => !!$(el, '.empty'), 'the empty state shows');
    for (const [id, value] of [
      ['#province', '510000'],
      ['#city', '510100'],
      ['#district', district],
    ] as const) {
      const select = $<HTMLSelectElement>(el, id)!;
      expect(select.value, id).to.equal(value);
      expect(select.disabled, id).to.equal(false);
      expect(select.selectedOptions[0]!.textContent, id).to.match(/（0）/);
    }
    await expect(el).to.be.accessible();
  });

  it('answers “where can I do 商标质押登记”: the item attribute and the text search', async () => {
    const catalogue = await demoCatalogue();
    const offering = new Set(
      catalogue.outlets
        .filter(
          (o) =>
            o.itemIds.includes('tm-pledge') ||
            catalogue.items.find((i) => i.id === 'tm-pledge')!.channels.some((c) => c.outletIds.includes(o.id)),
        )
        .map((o) => o.id),
    );
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} item="tm-pledge" .now=${MORNING}></yz-outlets>`,
    );
    await ready(el);
    expect(text($(el, '.item-filter'))).to.contain('商标专用权质押登记');
    expect(new Set(ids(el))).to.deep.equal(offering);
    $<HTMLButtonElement>(el, '.item-filter button')!.click();
    await el.updateComplete;
    expect(el.item).to.equal(null);
    expect(cards(el).length).to.be.greaterThan(offering.size);

    const input = $<HTMLInputElement>(el, '#oq')!;
    input.value = '商标质押';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => !!$(el, '.matched'), 'the search narrows the list');
    expect(text($(el, '.matched'))).to.contain('商标专用权质押登记');
    expect(new Set(ids(el))).to.deep.equal(offering);
  });

  it('shows an empty state accessibly, in English', async () => {
    const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} lang="en" .now=${MORNING}></yz-outlets>`);
    await ready(el);
    const input = $<HTMLInputElement>(el, '#oq')!;
    input.value = 'zzzzqqqq';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => !!$(el, '.empty'), 'the empty state shows');
    expect(text($(el, '.empty'))).to.contain('No offices match');
    expect(text($(el, '.result-count'))).to.equal('0 offices');
    await expect(el).to.be.accessible();
  });

  it('shows the bundle error state accessibly', async () => {
    const el = await fixture<YzOutlets>(html`<yz-outlets src="/no-such-bundle/"></yz-outlets>`);
    await until(() => !!$(el, '.yz-error'), 'the error shows', 10000);
    await expect(el).to.be.accessible();
  });
});

describe('yz-outlets: open now (fixed clock, Asia/Shanghai)', () => {
  it('over lunch says “opens at 13:30”, in the morning “closes at 12:00”', async () => {
    const catalogue = await demoCatalogue();
    const lunchBreak = catalogue.outlets.find((o) =>
      o.hours?.weekly.some((p) => p.days.includes(2) && p.close === '12:00'),
    )!;
    const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${LUNCH}></yz-outlets>`);
    await ready(el);
    el.outlet = lunchBreak.id;
    await until(() => !!$(el, `[data-outlet="${lunchBreak.id}"]`), 'the outlet is shown');
    const status = (): string => text($(el, `[data-outlet="${lunchBreak.id}"] .open-status`));
    const reopen = lunchBreak.hours!.weekly.find((p) => p.days.includes(2) && p.open > '12:00')!.open;
    expect(status()).to.equal(`现在不办公，${reopen.replace(/^0/, '')} 开始办公`);
    el.now = MORNING;
    await el.updateComplete;
    expect(status()).to.equal('正在办公，12:00 结束');
    expect($(el, `[data-outlet="${lunchBreak.id}"] .open-status`)!.classList.contains('open')).to.equal(true);
    el.lang = 'en';
    el.now = LUNCH;
    await until(() => status().startsWith('Closed now'), 'English status');
    expect(status()).to.match(/^Closed now, opens at 1:30\sPM$/);
  });

  it('on a public holiday says when it opens next', async () => {
    const catalogue = await demoCatalogue();
    const outlet = catalogue.outlets.find((o) => o.hours?.closed.includes('2026-05-01'))!;
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} .now=${new Date('2026-05-01T10:00:00+08:00')}></yz-outlets>`,
    );
    await ready(el);
    el.outlet = outlet.id;
    await until(() => !!$(el, `[data-outlet="${outlet.id}"]`), 'the outlet is shown');
    expect(text($(el, `[data-outlet="${outlet.id}"] .open-status`))).to.match(/^已下班，(明天|周.) \d+:\d\d 开始办公$/);
    expect(text($(el, `[data-outlet="${outlet.id}"] [part="hours"]`))).to.contain('近期休息');
  });
  it('names the date, not only the weekday, when the next opening is a week or more away', async () => {
    const catalogue = await demoCatalogue();
    const outlet = catalogue.outlets.find(
      (o) => o.hours?.closed.includes('2026-10-01') && o.hours.closed.includes('2026-10-07'),
    )!;
    // Wednesday 30 September, evening: closed 1–7 October (National Day), open again Thursday 8 October.
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} .now=${new Date('2026-09-30T18:00:00+08:00')}></yz-outlets>`,
    );
    await ready(el);
    el.outlet = outlet.id;
    await until(() => !!$(el, `[data-outlet="${outlet.id}"]`), 'the outlet is shown');
    const status = (): string => text($(el, `[data-outlet="${outlet.id}"] .open-status`));
    expect(status()).to.match(/^已下班，10月8日周四 \d+:\d\d 开始办公$/);
    el.lang = 'en';
    await until(() => status().startsWith('Closed'), 'English status');
    expect(status()).to.match(/^Closed, opens Thu, Oct 8 at \d+:\d\d\s[AP]M$/);
    // Within the coming week the weekday alone is unambiguous.
    el.lang = 'zh-CN';
    el.now = new Date('2026-05-01T10:00:00+08:00');
    await until(() => status().startsWith('已下班'), 'Chinese status');
    expect(status()).to.match(/^已下班，周三 \d+:\d\d 开始办公$/);
  });
});

describe('yz-outlets: nearest first', () => {
  const at = (lat: number, lng: number): GeolocationProvider => ({
    getCurrentPosition: (ok) => setTimeout(() => ok({ coords: { latitude: lat, longitude: lng } }), 10),
  });

  it('asks for the position only after the button, then sorts by straight-line distance', async () => {
    let asked = 0;
    const chengdu = at(30.6586, 104.0647);
    const provider: GeolocationProvider = {
      getCurrentPosition: (...args) => {
        asked++;
        chengdu.getCurrentPosition(...args);
      },
    };
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING} .geolocation=${provider}></yz-outlets>`,
    );
    await ready(el);
    expect(asked).to.equal(0);
    $<HTMLButtonElement>(el, '.near button')!.click();
    await until(() => !!$(el, '.distance'), 'distances show');
    expect(asked).to.equal(1);
    expect(text($(el, '.geo-status'))).to.contain('由近到远');
    const km = cards(el)
      .map((c) => c.querySelector('.distance')!.textContent!)
      .filter((t) => /\d/.test(t))
      .map((t) => parseFloat(t.replace(/[^\d.]/g, '')));
    expect(km.length).to.be.greaterThan(3);
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.near button')!.click();
    await el.updateComplete;
    expect($(el, '.distance')).to.equal(null);
  });

  it('explains a denial and keeps the usual order', async () => {
    const denied: GeolocationProvider = {
      getCurrentPosition: (_ok, fail) => setTimeout(() => fail?.({ code: 1, message: 'denied' }), 10),
    };
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING} .geolocation=${denied}></yz-outlets>`,
    );
    await ready(el);
    const before = ids(el);
    $<HTMLButtonElement>(el, '.near button')!.click();
    await until(() => $(el, '.geo-status')!.classList.contains('denied'), 'the denial shows');
    expect(text($(el, '.geo-status'))).to.contain('没有获得位置权限');
    expect($(el, '.geo-status')!.getAttribute('role')).to.equal('status');
    expect(ids(el)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('uses navigator.geolocation by default', async () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: at(30.63, 104.04) });
    try {
      const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING}></yz-outlets>`);
      await ready(el);
      $<HTMLButtonElement>(el, '.near button')!.click();
      await until(() => !!$(el, '.distance'), 'distances show');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });
});

describe('yz-outlets: links, keyboard, touch, elderly', () => {
  it('offers its items as yz-select events or links, and moves to its parent outlet', async () => {
    const catalogue = await demoCatalogue();
    const child = catalogue.outlets.find((o) => o.parentId && o.itemIds.length > 0)!;
    const el = await fixture<YzOutlets>(
      html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING} outlet=${child.id}></yz-outlets>`,
    );
    await ready(el);
    await until(() => deepActiveElement() === $(el, `[data-outlet="${child.id}"]`), 'the requested outlet has focus');
    const card = $(el, `[data-outlet="${child.id}"]`)!;
    const selected: CustomEvent[] = [];
    el.addEventListener('yz-select', (e) => selected.push(e as CustomEvent));
    (card.querySelector('.items [part="item-link"]') as HTMLElement).click();
    expect(selected[0]!.detail.kind).to.equal('item');
    expect(child.itemIds).to.include(selected[0]!.detail.id);
    (card.querySelector('[part="parent-link"]') as HTMLElement).click();
    await until(() => deepActiveElement() === $(el, `[data-outlet="${child.parentId}"]`), 'the parent has focus');
    expect(selected[1]!.detail).to.deep.equal({ kind: 'outlet', id: child.parentId });

    el.itemHref = '#item={id}';
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, `[data-outlet="${child.parentId}"] .items a`);
    if (link) expect(link.getAttribute('href')).to.match(/^#item=[\w.-]+$/);
  });

  it('works by keyboard: region, type, the nearest button and the item list toggle', async () => {
    const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} .now=${MORNING}></yz-outlets>`);
    await ready(el);
    $<HTMLInputElement>(el, '#oq')!.focus();
    await press('Tab');
    expect(deepActiveElement()).to.equal($(el, '#province'));
    // Chromium's closed <select> takes arrow keys without opening: pick the first province.
    await press('ArrowDown');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#province')!.value).not.to.equal('');
    await press('Tab');
    expect(deepActiveElement()).to.equal($(el, '#city'));
    let active: Element | null = null;
    for (let i = 0; i < 40; i++) {
      await press('Tab');
      active = deepActiveElement();
      if (active?.getAttribute('part')?.includes('items-toggle')) break;
    }
    expect(active?.getAttribute('aria-expanded')).to.equal('false');
    const count = active!.closest('.items')!.querySelectorAll('li').length;
    await press('Enter');
    await el.updateComplete;
    expect(active!.getAttribute('aria-expanded')).to.equal('true');
    expect(active!.closest('.items')!.querySelectorAll('li').length).to.be.greaterThan(count);
  });

  it('is usable by touch at phone width, in elderly mode with 56 px targets, axe clean', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<YzOutlets>(html`<yz-outlets src=${DEMO_BUNDLE} elderly .now=${MORNING}></yz-outlets>`);
      await ready(el);
      for (const target of [$(el, '#province')!, $(el, '.near button')!, $(el, '#oq')!]) {
        expect(target.getBoundingClientRect().height).to.be.at.least(56);
      }
      const phone = $(el, 'a[href^="tel:"]');
      if (phone) expect(phone.getBoundingClientRect().height).to.be.at.least(56);
      const toggle = $<HTMLButtonElement>(el, '[part~="items-toggle"]');
      if (toggle) {
        await tap(toggle);
        await until(() => toggle.getAttribute('aria-expanded') === 'true', 'the tap expands the items');
      }
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
