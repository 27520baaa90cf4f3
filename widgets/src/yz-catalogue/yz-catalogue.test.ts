import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Catalogue } from '@yizhan/catalogue';
import {
  DEMO_BUNDLE,
  deepActiveElement,
  emulateMedia,
  imeCompose,
  press,
  tap,
  type,
  until,
} from '../../test/helpers.js';
import './define.js';
import { syntheticCatalogue } from './synthetic.js';
import type { YzCatalogue } from './yz-catalogue.js';

const $ = <T extends Element = HTMLElement>(el: YzCatalogue, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: YzCatalogue, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (el: YzCatalogue, selector: string): string =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function listReady(el: YzCatalogue): Promise<void> {
  await until(() => !!$(el, '.row-link') || !!$(el, '.empty'), 'the list renders', 10000);
}
async function guideReady(el: YzCatalogue): Promise<void> {
  await until(() => !!$(el, '#guide-title') || !!$(el, '.not-found'), 'the guide renders', 10000);
}
/** The row link or button for an item id. */
const row = (el: YzCatalogue, id: string): HTMLElement | null => $(el, `.row-link[data-id="${id}"]`);
const resultCount = (el: YzCatalogue): number => $$(el, '.row').length;
/** Tab (or Shift+Tab) until `predicate` holds for the focused element, at most `max` presses. */
async function tabUntil(predicate: (el: Element | null) => boolean, key = 'Tab', max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press(key);
    const active = deepActiveElement();
    if (predicate(active)) return active!;
  }
  throw new Error(`focus never reached the target with ${key}`);
}

let demo: { catalogue: Catalogue; searchIndex: unknown } | undefined;
async function demoData(): Promise<{ catalogue: Catalogue; searchIndex: unknown }> {
  if (!demo) {
    const [catalogue, searchIndex] = await Promise.all([
      fetch(`${DEMO_BUNDLE}catalogue.json`).then((r) => r.json() as Promise<Catalogue>),
      fetch(`${DEMO_BUNDLE}search-index.json`).then((r) => (r.ok ? r.json() : undefined)),
    ]);
    demo = { catalogue, searchIndex };
  }
  return demo;
}

const originalUrl = location.href;
afterEach(async () => {
  fixtureCleanup();
  history.replaceState(null, '', originalUrl);
  localStorage.clear();
  await emulateMedia({ media: 'screen' });
});

describe('yz-catalogue: browsing', () => {
  it('lists every visible demo item, sorted by name, and passes axe', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" layout="desktop"></yz-catalogue>`,
    );
    await listReady(el);
    const { catalogue } = await demoData();
    const visible = catalogue.items.filter((i) => i.status !== 'retired').length;
    expect(resultCount(el)).to.equal(visible);
    expect(text(el, '.result-count')).to.contain(String(visible));
    const names = $$(el, '.row-name').map((n) => n.textContent!.trim());
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    expect(names).to.deep.equal([...names].sort(collator.compare));
    await expect(el).to.be.accessible();
  });

  it('filters by facets with counts, and passes axe when filtered', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" layout="desktop"></yz-catalogue>`,
    );
    await listReady(el);
    const { catalogue } = await demoData();
    const patent = $$<HTMLInputElement>(el, 'input[name="category"]').find((i) => i.value === 'patent')!;
    const expected = catalogue.items.filter((i) => i.category === 'patent' && i.status !== 'retired').length;
    expect(patent.closest('label')!.querySelector('.count')!.textContent).to.contain(String(expected));
    patent.click();
    await el.updateComplete;
    expect(resultCount(el)).to.equal(expected);
    const instant = $$<HTMLInputElement>(el, 'input[name="handlingType"]').find((i) => i.value === 'instant')!;
    instant.click();
    await el.updateComplete;
    const both = catalogue.items.filter(
      (i) => i.category === 'patent' && i.handlingType === 'instant' && i.status !== 'retired',
    ).length;
    expect(resultCount(el)).to.equal(both);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state for a search with nothing relevant, with axe clean', async () => {
    const el = await fixture<YzCatalogue>(html`<yz-catalogue src=${DEMO_BUNDLE} route="none"></yz-catalogue>`);
    await listReady(el);
    const events: CustomEvent[] = [];
    el.addEventListener('yz-search', (e) => events.push(e as CustomEvent));
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    input.value = '天气预报';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => !!$(el, '.empty'), 'the empty state shows');
    expect(events[0]!.detail).to.deep.include({ query: '天气预报', resultCount: 0, zeroResult: true });
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.empty button')!.click();
    await listReady(el);
    expect(resultCount(el)).to.be.greaterThan(10);
  });

  it('keeps the keyboard focus when a clear button removes itself', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" layout="desktop"></yz-catalogue>`,
    );
    await listReady(el);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await type('zzqqxxww');
    await until(() => !!$(el, '[part~="clear-all"]'), 'the empty state shows');
    $<HTMLButtonElement>(el, '[part~="clear-all"]')!.focus();
    await press('Enter');
    await listReady(el);
    expect($(el, '[part~="clear-all"]')).to.equal(null);
    // Compared as booleans: a failing comparison of elements makes chai describe the whole page.
    expect(deepActiveElement() === $(el, '#q'), `focus on ${deepActiveElement()?.tagName}`).to.equal(true);

    const patent = $$<HTMLInputElement>(el, 'input[name="category"]').find((i) => i.value === 'patent')!;
    patent.focus();
    await press('Space');
    await until(() => !!$(el, '[part~="clear-filters"]'), 'the clear-filters button shows');
    $<HTMLButtonElement>(el, '[part~="clear-filters"]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect($(el, '[part~="clear-filters"]')).to.equal(null);
    const first = $(el, '#filters input:not([disabled])');
    expect(deepActiveElement() === first, `focus on ${deepActiveElement()?.tagName}`).to.equal(true);
  });

  it('does not search on intermediate IME composition, only on the committed text', async () => {
    const el = await fixture<YzCatalogue>(html`<yz-catalogue src=${DEMO_BUNDLE} route="none"></yz-catalogue>`);
    await listReady(el);
    const before = resultCount(el);
    $<HTMLInputElement>(el, '#q')!.focus();
    await imeCompose(['s', 'sh', 'shang', 'shangbiao']);
    await new Promise((r) => setTimeout(r, 400));
    expect(resultCount(el)).to.equal(before);
    await imeCompose([], '商标');
    await until(() => resultCount(el) < before, 'the committed query filters the list');
    expect(text(el, '.result-count')).to.contain('商标');
    expect($$(el, '.row-name')[0]!.textContent).to.contain('商标');
    expect($(el, '.row-name mark')!.textContent).to.equal('商标');
  });

  it('shows the bundle error state accessibly, in English', async () => {
    const el = await fixture<YzCatalogue>(html`<yz-catalogue src="/no-such-bundle/" lang="en"></yz-catalogue>`);
    await until(() => !!$(el, '.yz-error'), 'the error shows', 10000);
    expect(text(el, '.yz-error')).to.match(/[a-z]/);
    await expect(el).to.be.accessible();
  });

  it('is fully English with lang="en", and axe clean in elderly mode', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" lang="en" elderly></yz-catalogue>`,
    );
    await listReady(el);
    expect(text(el, '.result-count')).to.match(/^\d+ services$/);
    expect(text(el, '.search-label')).to.equal('Search services');
    // No Chinese in the widget's own words (item names fall back to Chinese only when untranslated).
    const chrome = [text(el, '.search-label'), text(el, '.filters-toggle'), text(el, '.sort span')].join(' ');
    expect(chrome).not.to.match(/[\u4e00-\u9fff]/);
    const target = $(el, '.filters-toggle')!.getBoundingClientRect();
    expect(target.height).to.be.at.least(56);
    await expect(el).to.be.accessible();
  });
});

describe('yz-catalogue: handling guide', () => {
  it('opens an item directly with the item attribute and shows every part of the guide', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="patent-pledge"></yz-catalogue>`,
    );
    await guideReady(el);
    const { catalogue } = await demoData();
    const item = catalogue.items.find((i) => i.id === 'patent-pledge')!;
    expect(text(el, '#guide-title')).to.equal(item.name['zh-CN']);
    expect($$(el, '.checklist input[type="checkbox"]').length).to.equal(item.materials.length);
    expect($$(el, '.steps li').length).to.equal(item.steps.length);
    // Legal and promised limits side by side, each one whole sentence.
    const legal = $(el, '.limit.legal')!;
    const promised = $(el, '.limit.promised')!;
    expect(promised.textContent!.trim()).to.match(/^承诺 \d+ 个工作日内办结$/);
    expect(legal.getBoundingClientRect().top).to.be.closeTo(promised.getBoundingClientRect().top, 1);
    expect(text(el, '.section-fees')).to.contain('不收费');
    expect($$(el, '.channel').length).to.equal(item.channels.length);
    expect($(el, '.channel a[href^="tel:"], .outlet a[href^="tel:"]')).not.to.equal(null);
    // The Sichuan overlay set the promised time: its note names the provincial list.
    expect(text(el, '.section-timeLimit .provenance')).to.contain('省级');
    expect(text(el, '.meta')).to.contain(item.version);
    await expect(el).to.be.accessible();
  });

  it('says a fee is unknown, not free, when the list gives no fee information', async () => {
    const { catalogue } = await demoData();
    const item = catalogue.items.find((i) => i.id === 'tm-renewal')!;
    const { fee: _dropped, ...withoutFee } = item;
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue
        .catalogue=${{ ...catalogue, items: [withoutFee] }}
        route="none"
        item="tm-renewal"
      ></yz-catalogue>`,
    );
    await guideReady(el);
    expect(text(el, '.section-fees')).to.contain('未列出收费标准');
    expect(text(el, '.section-fees')).not.to.contain('不收费');
    await expect(el).to.be.accessible();
  });

  it('shows a variable fee by its note and an item note, on screen, in print and in English', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="protection-arbitration"></yz-catalogue>`,
    );
    await guideReady(el);
    // Charged without fixed amounts: never “free”, the note says how it is charged.
    expect(text(el, '.section-fees .fee-variable')).to.contain('金额不固定');
    expect(text(el, '.section-fees .fee-note')).to.contain('仲裁委员会收费标准');
    expect(text(el, '.section-fees')).not.to.contain('不收费');
    expect($(el, '.section-fees ul.fees')).to.equal(null);
    await expect(el).to.be.accessible();

    el.item = 'tm-renewal';
    await guideReady(el);
    await until(() => text(el, '#guide-title') === '商标续展注册', 'the renewal guide');
    const note = $(el, '.item-note')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain('期满未续展的，注销其注册商标');
    // Moved out of the time limit, where it does not belong.
    expect(text(el, '.section-timeLimit')).not.to.contain('注销');
    await expect(el).to.be.accessible();

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(note).display).not.to.equal('none');
    expect(getComputedStyle(note).color).to.equal('rgb(0, 0, 0)');
    el.item = 'protection-arbitration';
    await guideReady(el);
    await until(() => !!$(el, '.fee-note'), 'the arbitration guide');
    expect(getComputedStyle($(el, '.fee-note')!).display).not.to.equal('none');
    expect(getComputedStyle($(el, '.fee-variable')!).display).not.to.equal('none');
    await emulateMedia({ media: 'screen' });

    el.setAttribute('lang', 'en');
    await until(() => text(el, '.fee-variable').includes('the amount varies'), 'English');
    expect(text(el, '.fee-note')).to.contain('arbitration institution’s schedule');
  });

  it('shows a notice on a suspended item', async () => {
    const { catalogue, searchIndex } = await demoData();
    const suspended: Catalogue = {
      ...catalogue,
      items: catalogue.items.map((i) => (i.id === 'tm-pledge' ? { ...i, status: 'suspended' as const } : i)),
    };
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue
        .catalogue=${suspended}
        .searchIndex=${searchIndex}
        route="none"
        item="tm-pledge"
      ></yz-catalogue>`,
    );
    await guideReady(el);
    expect(text(el, '.notice.suspended')).to.contain('暂停办理');
    el.item = null;
    await listReady(el);
    expect(row(el, 'tm-pledge')!.textContent).to.contain('暂停办理');
  });

  it('reads in English, with English time-limit sentences, axe clean', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="tm-renewal" lang="en"></yz-catalogue>`,
    );
    await guideReady(el);
    expect(text(el, '.back')).to.contain('Back to the list');
    expect(text(el, '.section-materials h3')).to.equal('Documents to bring');
    const limits = $$(el, '.limit').map((l) => l.textContent!.trim());
    for (const limit of limits) expect(limit).to.match(/^(Legal time limit|We promise|Done on the spot)/);
    await expect(el).to.be.accessible();
  });

  it('keeps ticked materials in localStorage, clearable, and only in memory when ephemeral', async () => {
    let el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="patent-pledge"></yz-catalogue>`,
    );
    await guideReady(el);
    const boxes = $$<HTMLInputElement>(el, '.checklist input');
    boxes[0]!.click();
    boxes[2]!.click();
    await el.updateComplete;
    expect(text(el, '.progress')).to.match(/已准备 2 \/ \d+ 项材料/);
    expect(Object.keys(localStorage).some((k) => k.startsWith('yizhan:checklist:patent-pledge@'))).to.equal(true);
    fixtureCleanup();
    el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="patent-pledge"></yz-catalogue>`,
    );
    await guideReady(el);
    expect(
      $$<HTMLInputElement>(el, '.checklist input')
        .map((b) => b.checked)
        .slice(0, 3),
    ).to.deep.equal([true, false, true]);
    $<HTMLButtonElement>(el, '.checklist-foot button')!.click();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '.checklist input').every((b) => !b.checked)).to.equal(true);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('yizhan:checklist:'))).to.deep.equal([]);

    fixtureCleanup();
    el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="patent-pledge" ephemeral></yz-catalogue>`,
    );
    await guideReady(el);
    $$<HTMLInputElement>(el, '.checklist input')[1]!.click();
    await el.updateComplete;
    expect(text(el, '.hint')).to.contain('不会保存');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('yizhan:checklist:'))).to.deep.equal([]);
    el.reset();
    await listReady(el);
    el.item = 'patent-pledge';
    await guideReady(el);
    expect($$<HTMLInputElement>(el, '.checklist input').some((b) => b.checked)).to.equal(false);
  });

  it('emits a cancelable yz-ask with the item, and follows ask-href when nobody handles it', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="tm-renewal"></yz-catalogue>`,
    );
    await guideReady(el);
    const asked: CustomEvent[] = [];
    const handler = (e: Event): void => {
      asked.push(e as CustomEvent);
      e.preventDefault();
    };
    document.addEventListener('yz-ask', handler);
    $<HTMLButtonElement>(el, '.actions button')!.click();
    document.removeEventListener('yz-ask', handler);
    expect(asked).to.have.length(1);
    expect(asked[0]!.detail).to.deep.equal({ itemId: 'tm-renewal' });
    expect(asked[0]!.composed && asked[0]!.bubbles && asked[0]!.cancelable).to.equal(true);
  });

  it('shares the deep link by copying it, shows a QR code as SVG, and falls back when copying fails', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="hash" item="tm-renewal"></yz-catalogue>`,
    );
    await guideReady(el);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      const buttons = $$<HTMLButtonElement>(el, '.actions button');
      buttons.find((b) => b.textContent!.includes('复制链接'))!.click();
      await until(() => copied.length === 1, 'the link is copied');
      expect(copied[0]).to.contain('#item=tm-renewal');
      await el.updateComplete;
      expect(text(el, '.share-status')).to.contain('已复制');

      const qrButton = buttons.find((b) => b.getAttribute('aria-controls') === 'qr-panel')!;
      qrButton.click();
      await until(() => !!$(el, '.qr-panel svg.qr path'), 'the QR code shows');
      expect(qrButton.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '.qr-panel svg')!.getAttribute('role')).to.equal('img');
      await expect(el).to.be.accessible();

      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      buttons.find((b) => b.textContent!.includes('复制链接'))!.click();
      await until(() => !!$(el, '#share-url'), 'the manual copy field shows');
      expect($<HTMLInputElement>(el, '#share-url')!.value).to.contain('#item=tm-renewal');
      expect(deepActiveElement()).to.equal($(el, '#share-url'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('links only to web addresses, whatever a catalogue property holds', async () => {
    const { catalogue } = await demoData();
    const hostile: Catalogue = {
      ...catalogue,
      items: catalogue.items.map((i) =>
        i.id === 'patent-pledge'
          ? { ...i, materials: i.materials.map((m) => ({ ...m, templateUrl: 'javascript:alert(1)' })) }
          : i,
      ),
    };
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue .catalogue=${hostile} route="none" item="patent-pledge"></yz-catalogue>`,
    );
    await guideReady(el);
    expect($$(el, 'a').filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))).to.deep.equal([]);
    expect(text(el, '.template')).to.contain('模板');
  });

  it('reports an unknown item id instead of a blank page', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" item="no-such-item"></yz-catalogue>`,
    );
    await guideReady(el);
    expect(text(el, '.not-found')).to.contain('no-such-item');
    await expect(el).to.be.accessible();
  });
});

describe('yz-catalogue: keyboard, touch and history', () => {
  it('walks by keyboard alone: filter → open an item → tick a material → back', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="hash" layout="desktop"></yz-catalogue>`,
    );
    await listReady(el);
    $<HTMLInputElement>(el, '#q')!.focus();
    // Tab to the “trademark” filter and tick it with Space.
    await tabUntil((a) => a instanceof HTMLInputElement && a.name === 'category' && a.value === 'trademark');
    await press('Space');
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[name="category"]').find((i) => i.value === 'trademark')!.checked).to.equal(
      true,
    );
    const trademarks = resultCount(el);
    expect(trademarks).to.be.lessThan(30);
    // On to the first result, and open it with Enter.
    const link = await tabUntil((a) => !!a?.classList.contains('row-link'));
    const id = (link as HTMLElement).dataset['id']!;
    await press('Enter');
    await guideReady(el);
    expect(deepActiveElement()).to.equal($(el, '#guide-title'));
    expect(location.hash).to.contain(`item=${id}`);
    // Tick the first material with Space.
    await tabUntil((a) => a instanceof HTMLInputElement && !!a.closest('.checklist'));
    await press('Space');
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '.checklist input')[0]!.checked).to.equal(true);
    // Back with Shift+Tab to the back button, Enter: the list returns, filtered, focus on the row.
    await tabUntil((a) => !!a?.classList.contains('back'), 'Shift+Tab');
    await press('Enter');
    await listReady(el);
    await until(() => deepActiveElement() === row(el, id), 'focus returns to the opened row');
    expect(resultCount(el)).to.equal(trademarks);
    expect(location.hash).not.to.contain('item=');
  });

  it('works by touch: tap a filter, tap an item, tap a checkbox', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<YzCatalogue>(html`<yz-catalogue src=${DEMO_BUNDLE} route="none"></yz-catalogue>`);
      await listReady(el);
      const toggle = $(el, '.filters-toggle')!;
      expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
      await tap(toggle);
      await until(() => toggle.getAttribute('aria-expanded') === 'true', 'filters open');
      const option = $$<HTMLInputElement>(el, 'input[name="category"]').find((i) => i.value === 'finance')!;
      const label = option.closest('label')!;
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
      await tap(label);
      await until(() => option.checked, 'the tap ticks the filter');
      const first = $$(el, '.row-link')[0]!;
      const id = first.dataset['id']!;
      await tap(first);
      await guideReady(el);
      expect(el.item).to.equal(id);
      const box = $<HTMLInputElement>(el, '.checklist input');
      if (box) {
        await tap(box.closest('label')!);
        await until(() => box.checked, 'the tap ticks the material');
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('deep links with the hash: back and forward move between list and guide', async () => {
    const el = await fixture<YzCatalogue>(html`<yz-catalogue src=${DEMO_BUNDLE}></yz-catalogue>`);
    await listReady(el);
    const selected: CustomEvent[] = [];
    el.addEventListener('yz-select', (e) => selected.push(e as CustomEvent));
    const link = row(el, 'tm-renewal') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.contain('#item=tm-renewal');
    link.click();
    await guideReady(el);
    expect(selected[0]!.detail).to.deep.equal({ kind: 'item', id: 'tm-renewal' });
    expect(location.hash).to.equal('#item=tm-renewal');
    history.back();
    await until(() => !!$(el, '.browse'), 'Back shows the list');
    expect(el.item).to.equal(null);
    history.forward();
    await until(() => !!$(el, '#guide-title'), 'Forward shows the guide again');
    expect(el.item).to.equal('tm-renewal');
    // A plain anchor in the hash (a skip link) leaves the widget alone.
    location.hash = '#main';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.item).to.equal('tm-renewal');
  });

  it('deep links with a query parameter of the host’s choosing, and opens from the URL', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}${location.search ? '&' : '?'}svc=patent-pledge`,
    );
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="query" route-param="svc"></yz-catalogue>`,
    );
    await guideReady(el);
    expect(el.item).to.equal('patent-pledge');
    $<HTMLButtonElement>(el, '.back')!.click();
    await listReady(el);
    expect(new URL(location.href).searchParams.get('svc')).to.equal(null);
    history.back();
    await until(() => el.item === 'patent-pledge', 'Back reopens the guide');
  });

  it('lets the host route: a cancelled yz-navigate changes neither URL nor view', async () => {
    const el = await fixture<YzCatalogue>(html`<yz-catalogue src=${DEMO_BUNDLE}></yz-catalogue>`);
    await listReady(el);
    const before = location.href;
    el.addEventListener('yz-navigate', (e) => e.preventDefault(), { once: true });
    row(el, 'tm-renewal')!.click();
    await el.updateComplete;
    expect(location.href).to.equal(before);
    expect(el.item).to.equal(null);
  });
});

describe('yz-catalogue: print', () => {
  it('prints a clean A4 guide: no controls, sections and links spelled out, a QR code, at most two pages', async () => {
    // A4 at 96 dpi minus 10 mm margins each side: 718 px wide, about 1047 px of printable height.
    await setViewport({ width: 718, height: 1047 });
    try {
      const el = await fixture<YzCatalogue>(
        html`<yz-catalogue src=${DEMO_BUNDLE} route="hash" item="patent-invention-application"></yz-catalogue>`,
      );
      await guideReady(el);
      await until(() => !!$(el, '.print-link svg.qr path'), 'the print QR code is ready');
      await emulateMedia({ media: 'print' });
      const display = (selector: string): string => getComputedStyle($(el, selector)!).display;
      expect(display('.actions')).to.equal('none');
      expect(display('.guide-nav')).to.equal('none');
      expect(display('.checklist-foot')).to.equal('none');
      expect(display('.print-link')).to.equal('flex');
      for (const section of $$(el, '.section')) expect(getComputedStyle(section).display).not.to.equal('none');
      expect(text(el, '.print-link')).to.contain('#item=patent-invention-application');
      const external = $(el, '.section a[href^="http"]');
      if (external) expect(getComputedStyle(external, '::after').content).to.contain('http');
      const qr = $(el, '.print-link svg.qr')!.getBoundingClientRect();
      expect(qr.width).to.be.within(90, 120); // 28 mm
      expect(parseFloat(getComputedStyle($(el, '.guide')!).fontSize)).to.be.closeTo(14, 0.5); // 10.5 pt
      const height = $(el, '.guide')!.getBoundingClientRect().height;
      expect(height, `guide is ${Math.round(height)} px tall`).to.be.at.most(2 * 1047);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('hides search and filters when the list is printed', async () => {
    const el = await fixture<YzCatalogue>(
      html`<yz-catalogue src=${DEMO_BUNDLE} route="none" layout="desktop"></yz-catalogue>`,
    );
    await listReady(el);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.search')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.filters')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.list')!).display).to.equal('block');
  });
});

describe('yz-catalogue: 10,000 items', () => {
  it('renders a bounded window of rows, which follows scrolling, with every row told its position', async () => {
    const catalogue = syntheticCatalogue(10_000);
    const el = await fixture<YzCatalogue>(html`<yz-catalogue .catalogue=${catalogue} route="none"></yz-catalogue>`);
    await listReady(el);
    await until(() => !!$(el, '.list.windowed') && resultCount(el) > 0, 'the windowed list renders');
    expect(text(el, '.result-count')).to.contain('10000');
    expect(resultCount(el)).to.be.at.most(60);
    const list = $(el, '.list')!;
    // After one frame the list is as tall as all its rows, so the scrollbar tells the truth.
    await until(() => list.getBoundingClientRect().height > 10_000 * 40, 'the list takes the height of 10,000 rows');
    const top = list.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top + list.getBoundingClientRect().height / 2 });
    await until(() => Number($$(el, '.row')[0]!.getAttribute('aria-posinset')) > 4000, 'rows follow the scroll');
    expect(resultCount(el)).to.be.at.most(60);
    const first = $$(el, '.row')[0]!;
    expect(first.getAttribute('aria-setsize')).to.equal('10000');
    const rect = first.getBoundingClientRect();
    expect(rect.top).to.be.lessThan(window.innerHeight);
    // A filter change re-renders a bounded window too.
    $$<HTMLInputElement>(el, 'input[name="category"]')[0]!.click();
    await el.updateComplete;
    expect(text(el, '.result-count')).to.match(/共 1[0-9]{3} 项服务/);
    expect(resultCount(el)).to.be.at.most(60);
    window.scrollTo({ top: 0 });
  });
});
