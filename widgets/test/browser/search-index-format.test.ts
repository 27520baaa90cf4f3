import { expect, fixture, html } from '@open-wc/testing';
import '../../src/yz-search/define.js';
import '../../src/yz-catalogue/define.js';
import { DEMO_BUNDLE, until } from '../helpers.js';

/**
 * A bundle built by an older `yizhan build` carries a search index of another format: the engine
 * refuses it and the components say the catalogue's format is not supported (the same message as a
 * catalogue.json of the wrong format), instead of failing while rendering.
 */
describe('a search index of another format', () => {
  async function demo(): Promise<{ catalogue: unknown; searchIndex: Record<string, unknown> }> {
    const [catalogue, searchIndex] = await Promise.all([
      fetch(`${DEMO_BUNDLE}catalogue.json`).then((r) => r.json()),
      fetch(`${DEMO_BUNDLE}search-index.json`).then((r) => r.json() as Promise<Record<string, unknown>>),
    ]);
    return { catalogue, searchIndex };
  }

  for (const tag of ['yz-search', 'yz-catalogue']) {
    it(`${tag} shows the format error`, async () => {
      const { catalogue, searchIndex } = await demo();
      const el = document.createElement(tag) as HTMLElement & { catalogue: unknown; searchIndex: unknown };
      el.lang = 'en';
      el.catalogue = catalogue;
      el.searchIndex = { ...searchIndex, formatVersion: 1 };
      await fixture(html`<div>${el}</div>`);
      await until(() => !!el.shadowRoot?.querySelector('[part~="error"]'), 'error shown');
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('format this page does not support');
      await expect(el).to.be.accessible();
    });
  }

  it('the current format still works', async () => {
    const { catalogue, searchIndex } = await demo();
    const el = document.createElement('yz-search') as HTMLElement & { catalogue: unknown; searchIndex: unknown };
    el.catalogue = catalogue;
    el.searchIndex = searchIndex;
    await fixture(html`<div>${el}</div>`);
    await until(() => !!el.shadowRoot?.querySelector('input') && !el.shadowRoot.querySelector('.yz-state'), 'ready');
  });
});
