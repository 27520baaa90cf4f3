import type { Catalogue, ResolvedItem } from '@yizhan/catalogue';

const CATEGORIES = ['patent', 'trademark', 'geographical-indication', 'ic-layout', 'protection', 'finance'] as const;
const WORDS = ['专利', '商标', '质押', '登记', '变更', '转让', '续展', '许可', '备案', '查询', '复审', '证明'];
const CHANNELS = ['online', 'window', 'mail', 'phone', 'wechat', 'kiosk'] as const;
const AUDIENCES = ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] as const;

/**
 * A catalogue of `n` plausible items for scale tests and the render benchmark: deterministic (no
 * randomness), varied enough that every facet has several options.
 */
export function syntheticCatalogue(n: number): Catalogue {
  const items: ResolvedItem[] = [];
  for (let i = 0; i < n; i++) {
    const word = (k: number): string => WORDS[(i * 7 + k * 5) % WORDS.length]!;
    items.push({
      id: `synthetic-${i}`,
      name: { 'zh-CN': `${word(0)}${word(1)}${word(2)}事项 ${i}`, en: `Synthetic service ${i}` },
      summary: { 'zh-CN': `第 ${i} 个示例事项的说明。` },
      synonyms: [],
      category: CATEGORIES[i % CATEGORIES.length]!,
      audience: [AUDIENCES[i % AUDIENCES.length]!, AUDIENCES[(i + 2) % AUDIENCES.length]!],
      handlingType: i % 3 === 0 ? 'instant' : 'commitment',
      channels: [
        { type: CHANNELS[i % CHANNELS.length]!, outletIds: [] },
        { type: CHANNELS[(i + 1) % CHANNELS.length]!, outletIds: [] },
      ],
      materials: [{ name: { 'zh-CN': '申请表' }, form: 'original', copies: 1, required: true }],
      steps: [{ title: { 'zh-CN': '提交申请' } }],
      timeLimit:
        i % 3 === 0
          ? { promised: { value: 0, unit: 'instant' } }
          : { promised: { value: (i % 20) + 1, unit: 'working-days' } },
      basis: [],
      status: 'active',
      version: '1',
      updatedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      provenance: { '@': i % 10 === 0 ? 'local' : 'national' },
    });
  }
  return {
    formatVersion: 1,
    catalogueVersion: `synthetic-${n}`,
    builtAt: '2026-01-01T00:00:00.000Z',
    publisher: { name: { 'zh-CN': '示例' }, level: 'municipal' },
    lists: [
      { id: 'national', name: { 'zh-CN': '国家通用清单' }, tier: 'common', level: 'national', version: '1' },
      { id: 'local', name: { 'zh-CN': '本地个性清单' }, tier: 'individual', level: 'municipal', version: '1' },
    ],
    items,
    outlets: [],
    regions: [],
    withdrawn: [],
  };
}
