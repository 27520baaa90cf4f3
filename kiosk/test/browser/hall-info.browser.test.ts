import { expect } from '@open-wc/testing';
import type { ResolvedItem } from '@yizhan/catalogue';
import {
  CATEGORIES,
  categoriesWithItems,
  commonlyUsed,
  hallHandles,
  windowsForItem,
} from '../../src/renderer/hall/hall-info.js';
import { demoContent } from './helpers.js';

describe('hall information', () => {
  it('names the window that handles a service (the queue hint)', async () => {
    const { catalogue } = await demoContent();
    const hall = catalogue.outlets.find((o) => o.id === 'cd-centre');
    expect(windowsForItem(hall, 'tm-registration').map((w) => w.label['zh-CN'])).to.deep.equal([
      '综合受理3号窗口（商标注册、续展、转让、变更）',
    ]);
    expect(windowsForItem(hall, 'no-such-item')).to.deep.equal([]);
    expect(windowsForItem(undefined, 'tm-registration')).to.deep.equal([]);
    expect(hallHandles(hall, 'patent-pledge')).to.equal(true);
  });

  it('puts the services most visitors come for first, all handled by this hall', async () => {
    const { catalogue } = await demoContent();
    const hall = catalogue.outlets.find((o) => o.id === 'cd-centre')!;
    const items = new Map(catalogue.items.map((i) => [i.id, i] as [string, ResolvedItem]));
    const popular = commonlyUsed(items, hall);
    expect(popular).to.have.length(8);
    expect(popular[0]!.id).to.equal('tm-registration');
    for (const item of popular) expect(hallHandles(hall, item.id), item.id).to.equal(true);
    expect(commonlyUsed(items, undefined, 3)).to.have.length(3);
  });

  it('lists only categories that have services, in catalogue order', async () => {
    const { catalogue } = await demoContent();
    const categories = categoriesWithItems(catalogue.items);
    expect(categories[0]).to.equal('patent');
    expect(CATEGORIES).to.have.length(10);
    expect(categoriesWithItems([], CATEGORIES)).to.deep.equal([]);
  });
});
