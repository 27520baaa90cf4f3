import { expect, fixture, html } from '@open-wc/testing';
import '../../src/yz-search/define.js';
import '../../src/yz-catalogue/define.js';
import { setLocaleStrings } from '../../src/index.js';
import { DEMO_BUNDLE, until } from '../helpers.js';
import type { YzSearch } from '../../src/yz-search/yz-search.js';

const ready = (el: Element) => () =>
  !!el.shadowRoot?.querySelector('input') && !el.shadowRoot.querySelector('.yz-state');

describe('locales', () => {
  it('mirrors for a right-to-left language (Uyghur) and stays accessible', async () => {
    const el = await fixture<YzSearch>(html`<yz-search src=${DEMO_BUNDLE} lang="ug"></yz-search>`);
    await until(ready(el), 'search ready', 15000);
    const root = el.shadowRoot!.querySelector('.search')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    const input = el.shadowRoot!.querySelector('input')!;
    const icon = el.shadowRoot!.querySelector('.icon')!;
    // The magnifier sits at the start of the box: on the right in a right-to-left layout.
    expect(icon.getBoundingClientRect().left).to.be.greaterThan(input.getBoundingClientRect().left);
    expect(input.placeholder).to.match(/[\u0600-\u06FF]/);
    await expect(el).to.be.accessible();
  });

  it('lays the catalogue out right to left in Uyghur', async () => {
    const el = await fixture(html`<yz-catalogue src=${DEMO_BUNDLE} lang="ug" route="none"></yz-catalogue>`);
    await until(() => !!el.shadowRoot?.querySelector('[dir="rtl"]'), 'rtl catalogue', 15000);
    await expect(el).to.be.accessible();
  });

  it('re-renders components already on the page when a partner overrides strings', async () => {
    const el = await fixture<YzSearch>(html`<yz-search src=${DEMO_BUNDLE} lang="zh-CN"></yz-search>`);
    await until(ready(el), 'search ready', 15000);
    setLocaleStrings('zh-CN', { search: { placeholder: '请输入您要办理的知识产权业务' } });
    await until(
      () => el.shadowRoot!.querySelector('input')!.placeholder === '请输入您要办理的知识产权业务',
      'overridden placeholder',
    );
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('搜索服务事项');
  });

  it('shows a language a partner adds at run time', async () => {
    setLocaleStrings('fr', { search: { label: 'Rechercher un service', placeholder: 'Tapez un service' } });
    const el = await fixture<YzSearch>(html`<yz-search src=${DEMO_BUNDLE} lang="fr"></yz-search>`);
    await until(() => el.shadowRoot?.querySelector('input')?.placeholder === 'Tapez un service', 'French', 15000);
    expect(el.shadowRoot!.querySelector('label')!.textContent?.trim()).to.equal('Rechercher un service');
    // Strings the partner did not translate fall back to English.
    el.value = '商标';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.clear')!.getAttribute('aria-label')).to.equal('Clear the search');
  });
});
