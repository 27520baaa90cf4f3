import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_BUNDLE, deepActiveElement, imeCompose, press, tap, type, until } from '../../test/helpers.js';
import './define.js';
import type { YzSearch, YzSearchDetail, YzSelectDetail } from './yz-search.js';

async function searchBox(lang = 'zh-CN'): Promise<YzSearch> {
  const el = await fixture<YzSearch>(html`<yz-search src=${DEMO_BUNDLE} lang=${lang}></yz-search>`);
  await until(
    () => !!el.shadowRoot?.querySelector('input') && el.shadowRoot.querySelector('.yz-state') === null,
    'catalogue loaded',
    15000,
  );
  return el;
}

const $ = <T extends Element>(el: YzSearch, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: YzSearch, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const input = (el: YzSearch) => $<HTMLInputElement>(el, 'input');
const optionIds = (el: YzSearch) => $$(el, '[role="option"]').map((o) => o.textContent?.trim() ?? '');

/** The live region speaks only once the results are for what is in the box. */
const settled = (el: YzSearch) =>
  el.shadowRoot!.querySelector('.popup:not([hidden])') !== null &&
  !!el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

async function typeQuery(el: YzSearch, text: string): Promise<void> {
  input(el).focus();
  await type(text);
  await until(() => settled(el), `results for ${text}`);
}

describe('yz-search', () => {
  it('is a labelled combobox that passes axe, closed and open', async () => {
    const el = await searchBox();
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, `label[for="${box.id}"]`).textContent).to.contain('搜索服务事项');
    await expect(el).to.be.accessible();
    await typeQuery(el, '商标');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[role="listbox"]').id).to.equal(box.getAttribute('aria-controls'));
    await expect(el).to.be.accessible();
  });

  it('finds services typed as Chinese and highlights the match', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标续展');
    const first = $(el, '[role="option"]');
    expect(first.textContent).to.contain('商标续展注册');
    expect(first.querySelector('mark')?.textContent).to.equal('商标续展');
  });

  it('finds pinyin initials, Traditional characters, English, homophone slips and numbers', async () => {
    const cases: [string, string][] = [
      ['sbzc', '商标注册申请'],
      ['專利權質押', '专利权质押登记'],
      ['trademark renewal', '商标续展注册'],
      ['专利质压', '专利权质押登记'],
      ['12330', '维权援助'],
    ];
    for (const [query, expected] of cases) {
      const el = await searchBox();
      await typeQuery(el, query);
      expect(optionIds(el)[0], query).to.contain(expected);
    }
  });

  it('moves through results with the keyboard and selects with Enter', async () => {
    const el = await searchBox();
    await typeQuery(el, '专利');
    const box = input(el);
    const options = $$(el, '[role="option"]');
    expect(options.length).to.be.greaterThan(3);
    await press('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).to.equal(options[1]!.id);
    await press('End');
    expect(box.getAttribute('aria-activedescendant')).to.equal(options[options.length - 1]!.id);
    await press('Home');
    expect(box.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    await press('ArrowUp');
    expect(box.getAttribute('aria-activedescendant'), 'Up from the first wraps to the last').to.equal(
      options[options.length - 1]!.id,
    );
    await press('Home');
    const selected = oneEvent(el, 'yz-select');
    await press('Enter');
    const { detail } = (await selected) as CustomEvent<YzSelectDetail>;
    expect(detail.kind).to.equal('item');
    expect(detail.query).to.equal('专利');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement(), 'focus stays in the box').to.equal(box);
  });

  it('keeps the last results up while the next key is typed, then shows the new ones', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标');
    const popup = $(el, '.popup');
    let flickered = false;
    const watch = new MutationObserver(() => (flickered ||= popup.hasAttribute('hidden')));
    watch.observe(popup, { attributes: true, attributeFilter: ['hidden'] });
    await type('续展');
    await until(() => settled(el) && optionIds(el)[0]!.includes('商标续展注册'), 'results for 商标续展');
    watch.disconnect();
    expect(flickered, 'the popup never hid between keys').to.equal(false);
    expect($(el, '[role="option"] mark')?.textContent).to.equal('商标续展');
  });

  it('Down and Enter typed before the next search choose from the results for the whole query', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标');
    const selected = oneEvent(el, 'yz-select');
    await type('续展');
    await press('ArrowDown');
    await press('Enter');
    const { detail } = (await selected) as CustomEvent<YzSelectDetail>;
    expect(detail).to.deep.include({ kind: 'item', id: 'tm-renewal', query: '商标续展' });
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标');
    await press('Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('商标');
    await press('Escape');
    expect(input(el).value).to.equal('');
  });

  it('does not search while an input method is composing, and searches on compositionend', async () => {
    const el = await searchBox();
    input(el).focus();
    await imeCompose(['s', 'sh', 'sha', 'shang', 'shangb', 'shangbiao']);
    await new Promise((r) => setTimeout(r, 250));
    expect($(el, '.popup').hasAttribute('hidden'), 'no popup during composition').to.equal(true);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await imeCompose([], '商标');
    await until(() => !$(el, '.popup').hasAttribute('hidden'), 'results after commit');
    expect(input(el).value).to.equal('商标');
    expect(optionIds(el).some((t) => t.includes('商标注册申请'))).to.equal(true);
  });

  it('selects a result with a touch tap', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标质押');
    const option = $(el, '[role="option"]');
    const selected = oneEvent(el, 'yz-select');
    await tap(option);
    const { detail } = (await selected) as CustomEvent<YzSelectDetail>;
    expect(detail.id).to.equal('tm-pledge');
  });

  it('shows nothing irrelevant, offers suggestions and a question, and reports the zero result', async () => {
    const el = await searchBox();
    await typeQuery(el, '天气预报');
    expect($$(el, '[role="option"]')).to.have.length(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    const empty = $(el, '.empty');
    expect(empty.textContent).to.contain('没有找到与“天气预报”相关的服务');
    expect($$(el, '.chip').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    const reported = oneEvent(el, 'yz-search');
    await press('Enter');
    const { detail } = (await reported) as CustomEvent<YzSearchDetail>;
    expect(detail).to.deep.equal({ query: '天气预报', resultCount: 0, zeroResult: true, submitted: true });
    const asked = oneEvent(el, 'yz-ask');
    el.addEventListener('yz-ask', (e) => e.preventDefault(), { once: true });
    const askButton = $$(el, '.empty button').find((b) => b.textContent?.includes('提问'))!;
    await tap(askButton);
    expect(((await asked) as CustomEvent<{ query: string }>).detail.query).to.equal('天气预报');
    await el.updateComplete;
    expect($(el, '.popup').hasAttribute('hidden'), 'the popup closes when the page takes the question').to.equal(true);
  });

  it('lets the keyboard reach the no-results suggestions, and Escape return to the box', async () => {
    const el = await searchBox();
    await typeQuery(el, '天气预报');
    await press('Tab'); // the clear button
    await press('Tab');
    expect($(el, '.popup').hasAttribute('hidden'), 'the panel stays open for Tab').to.equal(false);
    expect(deepActiveElement()?.classList.contains('chip'), 'focus on the first suggestion').to.equal(true);
    await press('Escape');
    await el.updateComplete;
    expect($(el, '.popup').hasAttribute('hidden')).to.equal(true);
    expect(deepActiveElement()).to.equal(input(el));
  });

  it('keeps the option chosen by arrow keys when the list moves under a resting pointer', async () => {
    const el = await searchBox();
    await typeQuery(el, '专利');
    const options = $$(el, '[role="option"]');
    const move = (option: Element, x: number, y: number) =>
      option.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', screenX: x, screenY: y }),
      );
    move(options[0]!, 100, 200);
    await el.updateComplete;
    expect(options[0]!.getAttribute('aria-selected'), 'a pointer moving over an option makes it active').to.equal(
      'true',
    );
    await press('ArrowDown');
    expect(options[1]!.getAttribute('aria-selected')).to.equal('true');
    // Scrolling the list brings another option under the pointer: Chromium reports it at the same place.
    move(options[2]!, 100, 200);
    await el.updateComplete;
    expect(options[1]!.getAttribute('aria-selected'), 'the arrow keys still rule').to.equal('true');
    move(options[2]!, 100, 260);
    await el.updateComplete;
    expect(options[2]!.getAttribute('aria-selected')).to.equal('true');
  });

  it('echoes a very long query shortened, and fits a narrow phone in large type', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 300px"><yz-search src=${DEMO_BUNDLE} lang="en" elderly></yz-search></div>`,
    );
    const el = wrapper.querySelector<YzSearch>('yz-search')!;
    await until(
      () => el.shadowRoot?.querySelector('.yz-state') === null && !!el.shadowRoot.querySelector('input'),
      'ready',
      15000,
    );
    const box = input(el);
    box.focus();
    box.value = '天'.repeat(3000);
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => settled(el), 'no results');
    const echoed = $(el, '.empty p').textContent ?? '';
    expect(echoed).to.contain('…');
    expect(echoed.length).to.be.below(120);
    expect($(el, '[role="status"]').textContent!.length).to.be.below(120);
    const host = el.getBoundingClientRect();
    const control = $(el, '.control').getBoundingClientRect();
    expect(control.right, 'the box and its clear button stay inside the component').to.be.at.most(host.right + 0.5);
  });

  it('announces the number of results in a live region', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标续展');
    const status = $(el, '[role="status"][aria-live="polite"]');
    await until(() => /找到 \d+ 个结果/.test(status.textContent ?? ''), 'announcement');
    expect(input(el).getAttribute('aria-describedby')).to.equal(status.id);
  });

  it('follows the page language live', async () => {
    const el = await searchBox();
    await typeQuery(el, '商标');
    const status = $(el, '[role="status"]');
    expect(status.textContent).to.match(/找到 \d+ 个结果/);
    el.setAttribute('lang', 'en');
    await until(() => $(el, 'label').textContent?.includes('Search services') ?? false, 'English label');
    await until(() => /\d+ results, use the up and down/.test(status.textContent ?? ''), 'the count told in English');
    input(el).value = '';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
    await typeQuery(el, '商标续展');
    expect(optionIds(el)[0]).to.contain('Trademark renewal');
    expect($(el, '.group-label').textContent).to.equal('Services');
    await expect(el).to.be.accessible();
  });

  it('works from catalogue data given as a property', async () => {
    const [catalogue, searchIndex] = await Promise.all([
      fetch(`${DEMO_BUNDLE}catalogue.json`).then((r) => r.json()),
      fetch(`${DEMO_BUNDLE}search-index.json`).then((r) => r.json()),
    ]);
    const el = await fixture<YzSearch>(
      html`<yz-search .catalogue=${catalogue} .searchIndex=${searchIndex}></yz-search>`,
    );
    await until(() => el.shadowRoot?.querySelector('.yz-state') === null, 'ready');
    await typeQuery(el, 'shangbiao xuzhan');
    expect(optionIds(el)[0]).to.contain('商标续展注册');
  });

  it('grows type and targets in elderly mode', async () => {
    const el = await searchBox();
    const normal = parseFloat(getComputedStyle(input(el)).fontSize);
    el.elderly = true;
    await el.updateComplete;
    const large = parseFloat(getComputedStyle(input(el)).fontSize);
    expect(large).to.be.greaterThan(normal * 1.15);
    await typeQuery(el, '商标');
    expect($(el, '[role="option"]').getBoundingClientRect().height).to.be.at.least(56);
  });

  it('sends anonymous demand signals to the intake server when report-to is set', async () => {
    const sent: { url: string; body: { events: { type: string; query?: string; resultCount?: number }[] } }[] = [];
    const original = navigator.sendBeacon;
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'zh-CN';
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      void new Response(data).json().then((body) => sent.push({ url: String(url), body }));
      return true;
    };
    try {
      const el = await fixture<YzSearch>(
        html`<yz-search src=${DEMO_BUNDLE} report-to="/intake/" lang="zh-CN"></yz-search>`,
      );
      await until(() => el.shadowRoot?.querySelector('.yz-state') === null, 'ready', 15000);
      await typeQuery(el, '天气预报');
      await press('Enter');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await until(() => sent.length > 0, 'beacon sent');
      expect(sent[0]!.url).to.equal(`${location.origin}/intake/v1/events`);
      expect(sent[0]!.body.events).to.deep.include({
        type: 'search',
        query: '天气预报',
        resultCount: 0,
        channel: 'web',
        locale: 'zh-CN',
      });
    } finally {
      navigator.sendBeacon = original;
      document.documentElement.lang = pageLang;
    }
  });

  it('explains a missing catalogue instead of failing silently', async () => {
    const el = await fixture<YzSearch>(html`<yz-search src="/no/such/bundle/" lang="en"></yz-search>`);
    await until(() => el.shadowRoot?.querySelector('[role="alert"]') !== null, 'error shown', 10000);
    expect($(el, '[role="alert"]').textContent).to.match(/not found|could not be loaded/);
    await expect(el).to.be.accessible();
    void sendKeys;
  });
});
