/**
 * Seeded synthetic lists with the shape of real ones (demo/data): bilingual names and summaries,
 * a dozen synonyms, materials, steps, time limits, fees, channels pointing at outlets, legal
 * basis; outlets with hours, windows and item lists; an overlay with adds, overrides and
 * withdrawals. The same seed always gives the same bytes, so runs compare.
 */
import type { ListInput, OutletInput, ServiceItemInput } from '../src/index.js';
import { CATEGORIES, OUTLET_TYPES } from '../src/index.js';

/** mulberry32: small, fast, good enough to vary shapes; not for anything secret. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['专利', '商标', '地理标志', '集成电路布图设计', '知识产权', '专利权', '商标专用权', '植物新品种'];
const ACTIONS = [
  '申请',
  '变更',
  '转让登记',
  '质押登记',
  '许可备案',
  '续展',
  '注销',
  '复审',
  '无效宣告',
  '检索',
  '咨询',
  '维权援助',
  '评价报告',
  '费用减缴',
  '优先审查',
];
const QUALIFIERS = ['', '（个人）', '（企业）', '（电子申请）', '（窗口办理）', '（加急）'];
const EN_SUBJECTS = ['patent', 'trademark', 'geographical indication', 'IC layout design', 'IP', 'patent right'];
const EN_ACTIONS = [
  'application',
  'change',
  'transfer',
  'pledge registration',
  'licence recordal',
  'renewal',
  'search',
  'consultation',
];
const PHRASES = [
  '申请人应当如实填写申请表并对材料的真实性负责。',
  '受理后在承诺时限内完成审查，符合条件的予以登记并出具通知书。',
  '材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。',
  '可通过网上办理系统提交电子材料，也可到服务窗口现场办理。',
  '委托代理机构办理的，应当同时提交委托书。',
  '办理结果可在线查询，也可邮寄送达。',
];
/** Words that handling guides are made of; sentences draw from them so text compresses like prose. */
const WORDS = [
  ...SUBJECTS,
  ...ACTIONS,
  '申请人',
  '代理机构',
  '受理',
  '审查',
  '登记',
  '公告',
  '通知书',
  '证书',
  '期限',
  '工作日',
  '材料',
  '原件',
  '复印件',
  '电子件',
  '窗口',
  '网上',
  '邮寄',
  '缴纳',
  '费用',
  '减缴',
  '权利人',
  '出质人',
  '质权人',
  '合同',
  '备案',
  '变更',
  '著录项目',
  '地址',
  '名称',
  '身份证明',
  '营业执照',
  '统一社会信用代码',
  '委托书',
  '说明',
  '附件',
  '核对',
  '补正',
  '一次性告知',
  '不予受理',
  '办结',
  '送达',
  '查询',
  '咨询',
  '服务',
  '中心',
  '保护',
  '维权',
  '纠纷',
  '调解',
  '线索',
  '侵权',
  '举报',
  '援助',
  '企业',
  '个人',
  '高校',
  '科研院所',
  '中小企业',
  '外国',
  '港澳台',
  '依法',
  '应当',
  '可以',
  '须',
  '按照',
  '规定',
  '提交',
  '填写',
  '签章',
  '加盖',
  '公章',
  '有效期',
  '届满',
  '之日起',
  '以内',
  '以前',
  '逾期',
  '视为',
  '撤回',
  '放弃',
  '恢复',
  '请求',
  '意见',
  '答复',
];
const EN_WORDS = [
  'the',
  'applicant',
  'must',
  'submit',
  'an',
  'original',
  'copy',
  'within',
  'working',
  'days',
  'of',
  'receipt',
  'office',
  'will',
  'notify',
  'in',
  'writing',
  'fee',
  'per',
  'class',
  'patent',
  'trademark',
  'registration',
  'pledge',
  'licence',
  'agency',
  'online',
  'counter',
  'post',
  'certificate',
  'examination',
  'request',
  'deadline',
  'owner',
];

const MATERIALS = [
  '申请表',
  '身份证明',
  '营业执照',
  '委托书',
  '权利证书',
  '合同',
  '说明书',
  '附图',
  '缴费凭证',
  '授权书',
];
const UNITS = ['working-days', 'days', 'months'] as const;

const pickOf =
  (r: () => number) =>
  <T>(values: readonly T[]): T =>
    values[Math.floor(r() * values.length)]!;
const some = <T>(r: () => number, values: readonly T[], max: number): T[] =>
  values.filter(() => r() < max / values.length).slice(0, max);

function sentence(r: () => number, words: readonly string[], min: number, max: number, join: string, end: string) {
  const pick = pickOf(r);
  return Array.from({ length: min + Math.floor(r() * (max - min)) }, () => pick(words)).join(join) + end;
}

function itemFor(r: () => number, id: string, outletIds: readonly string[]): ServiceItemInput {
  const pick = pickOf(r);
  const zh = (min: number, max: number) => sentence(r, WORDS, min, max, '', '。');
  const en = (min: number, max: number) => sentence(r, EN_WORDS, min, max, ' ', '.');
  const subject = pick(SUBJECTS);
  const action = pick(ACTIONS);
  const name = `${subject}${action}${pick(QUALIFIERS)}`;
  const summary = pick(PHRASES) + zh(10, 30) + zh(10, 30);
  const legal = { value: 5 + Math.floor(r() * 55), unit: pick(UNITS) };
  const instant = r() < 0.15;
  return {
    id,
    code: `11100000${String(Math.floor(r() * 1e10)).padStart(10, '0')}`,
    name: { 'zh-CN': name, en: `${pick(EN_SUBJECTS)} ${pick(EN_ACTIONS)}` },
    summary: { 'zh-CN': summary, en: en(15, 40) },
    eligibility: { 'zh-CN': zh(15, 40), en: en(10, 30) },
    synonyms: Array.from({ length: 4 + Math.floor(r() * 10) }, () => `${pick(SUBJECTS)}${pick(ACTIONS)}`),
    category: pick(CATEGORIES),
    audience: some(r, ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] as const, 4),
    handlingType: instant ? 'instant' : 'commitment',
    channels: [
      { type: 'online', url: `https://service.example.cn/items/${id}`, note: { 'zh-CN': zh(8, 20) } },
      {
        type: 'window',
        outletIds: some(r, outletIds, 3),
        label: { 'zh-CN': '综合受理窗口' },
        note: { 'zh-CN': zh(5, 15) },
      },
      ...(r() < 0.5 ? [{ type: 'phone' as const, phone: '12330' }] : []),
    ],
    materials: Array.from({ length: 2 + Math.floor(r() * 5) }, (_, i) => ({
      name: { 'zh-CN': `${pick(MATERIALS)}${i + 1}` },
      form: pick(['original', 'copy', 'electronic'] as const),
      copies: 1 + Math.floor(r() * 2),
      required: r() < 0.8,
      ...(r() < 0.4 ? { note: { 'zh-CN': zh(5, 15) } } : {}),
    })),
    steps: Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => ({
      title: { 'zh-CN': ['提交申请', '受理', '审查', '决定', '送达'][i % 5]! },
      detail: { 'zh-CN': zh(8, 25) },
    })),
    timeLimit: instant
      ? { promised: { value: 0, unit: 'instant' } }
      : { legal, promised: { value: Math.max(1, Math.floor(legal.value / 2)), unit: legal.unit } },
    ...(r() < 0.4
      ? {
          fee: {
            charged: true,
            items: [
              { label: { 'zh-CN': '登记费' }, amountYuan: 50 * (1 + Math.floor(r() * 20)), per: 'piece' as const },
            ],
          },
        }
      : { fee: { charged: false } }),
    basis: [
      { title: { 'zh-CN': `《${subject}法》` }, clause: `第${1 + Math.floor(r() * 80)}条` },
      { title: { 'zh-CN': `《${subject}法实施细则》` }, clause: `第${1 + Math.floor(r() * 120)}条` },
    ],
    outcome: { 'zh-CN': zh(4, 10) },
    status: 'active',
    version: '1',
    updatedAt: '2025-01-01',
  };
}

const PROVINCE_PREFIXES = ['11', '31', '32', '33', '37', '42', '44', '50', '51', '61'] as const;
/**
 * A city code under a province prefix the format accepts, from one random draw as before, so the
 * rest of the generated data stays the same.
 */
function regionCodeFor(draw: number): string {
  const n = Math.floor(draw * 200);
  return `${PROVINCE_PREFIXES[n % PROVINCE_PREFIXES.length]}${String(1 + Math.floor(n / 10)).padStart(2, '0')}00`;
}

function outletFor(r: () => number, id: string, itemIds: readonly string[], parentId?: string): OutletInput {
  return {
    id,
    name: { 'zh-CN': `知识产权服务网点 ${id}` },
    type: pickOf(r)(OUTLET_TYPES),
    ...(parentId ? { parentId } : {}),
    regionCode: regionCodeFor(r()),
    address: { 'zh-CN': `示例市示例区示例路${1 + Math.floor(r() * 300)}号（示例地址）` },
    geo: { lat: 20 + r() * 25, lng: 100 + r() * 25 },
    phones: ['010-12345678'],
    hours: { weekly: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }], closed: ['2025-10-01'] },
    itemIds: some(r, itemIds, 40),
    accessibility: ['wheelchair'],
    windows: [{ label: { 'zh-CN': '综合受理窗口' }, itemIds: some(r, itemIds, 10) }],
    sample: true,
  };
}

export interface SyntheticChain {
  national: ListInput;
  overlay: ListInput;
}

/** A national list of `count` items (one outlet per 50) and a municipal overlay over it. */
export function syntheticChain(count: number, seed = 20250601): SyntheticChain {
  const r = rng(seed + count);
  const outletIds = Array.from({ length: Math.max(3, Math.round(count / 50)) }, (_, i) => `o${i}`);
  const itemIds = Array.from({ length: count }, (_, i) => `item-${String(i).padStart(6, '0')}`);
  const items = itemIds.map((id) => itemFor(r, id, outletIds));
  const outlets = outletIds.map((id, i) => outletFor(r, id, itemIds, i > 0 ? 'o0' : undefined));
  const national: ListInput = {
    formatVersion: 1,
    id: 'bench-national',
    name: { 'zh-CN': '基准测试通用目录' },
    publisher: { name: { 'zh-CN': '基准测试' }, level: 'national' },
    tier: 'common',
    version: '1',
    updatedAt: '2025-06-01',
    items,
    outlets,
  };
  const touched = itemIds.filter(() => r() < 0.05);
  const withdrawn = itemIds.filter((id) => r() < 0.01 && !touched.includes(id));
  const overlay: ListInput = {
    formatVersion: 1,
    id: 'bench-city',
    extends: 'bench-national',
    name: { 'zh-CN': '基准测试市级目录' },
    publisher: { name: { 'zh-CN': '基准测试市' }, level: 'municipal' },
    tier: 'individual',
    version: '1',
    updatedAt: '2025-06-01',
    items: Array.from({ length: Math.round(count / 50) }, (_, i) => itemFor(r, `city-${i}`, outletIds)),
    overrides: touched.map((id) => ({
      kind: 'item' as const,
      id,
      set: { 'timeLimit.promised': { value: 2, unit: 'working-days' }, status: 'active' },
    })),
    withdrawals: withdrawn.map((item) => ({ item })),
  };
  return { national, overlay };
}

const CSV_HEADER = [
  'id',
  'name_zh',
  'name_en',
  'synonyms',
  'summary_zh',
  'summary_en',
  'category',
  'audience',
  'handling_type',
  'promised_value',
  'promised_unit',
  'legal_value',
  'legal_unit',
  'fee_charged',
  'fee_amount_yuan',
  'fee_per',
  'channels',
  'outlet_ids',
  'materials',
  'url',
  'status',
];

const cell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The national list's items as a maintainer's CSV (DESIGN.md columns). Window outlet ids are
 * left out: a CSV list carries no outlets, so they would dangle.
 */
export function toCsv(list: ListInput): string {
  const rows = (list.items ?? []).map((item) => {
    const fee = item.fee;
    const promised = item.timeLimit?.promised;
    const legal = item.timeLimit?.legal;
    return [
      item.id,
      item.name['zh-CN'],
      item.name['en'],
      (item.synonyms ?? []).join('|'),
      item.summary?.['zh-CN'],
      item.summary?.['en'],
      item.category,
      (item.audience ?? []).join('|'),
      item.handlingType === 'instant' ? '即办件' : '承诺件',
      promised?.unit === 'instant' ? '' : promised?.value,
      promised?.unit === 'instant' ? '即办' : promised?.unit,
      legal?.value,
      legal?.unit,
      fee ? (fee.charged ? '是' : '否') : '',
      (fee?.items ?? []).map((f) => f.amountYuan).join('|'),
      (fee?.items ?? []).map((f) => f.per).join('|'),
      'online|window',
      '',
      (item.materials ?? [])
        .map((m) => `${m.required === false ? '?' : ''}${m.name['zh-CN']}:${m.form}:${m.copies ?? 1}`)
        .join('|'),
      `https://service.example.cn/items/${item.id}`,
      item.status,
    ]
      .map(cell)
      .join(',');
  });
  return `\uFEFF${CSV_HEADER.join(',')}\r\n${rows.join('\r\n')}\r\n`;
}
