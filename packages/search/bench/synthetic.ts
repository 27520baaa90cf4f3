/**
 * A seeded generator of realistic IP public-service catalogues: every item is a service (发明专利
 * 质押登记, 商标续展注册 …) offered in a region through a channel, with English names,
 * colloquial synonyms, summaries and implementation codes, plus labelled queries of every kind
 * derived from the same structure (so relevance is known, not guessed).
 */
import type { Catalogue, Category, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { commonChars } from '../src/build/common-chars.js';
import { allReadings } from '../src/build/pinyin.js';
import type { LabelledQuery, QueryKind } from '../test/quality.js';

/** mulberry32: small, fast, good enough for test data. */
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

const REGIONS =
  '成都市 绵阳市 德阳市 宜宾市 南充市 泸州市 乐山市 自贡市 攀枝花市 广元市 遂宁市 内江市 眉山市 广安市 达州市 雅安市 巴中市 资阳市 阿坝州 甘孜州 凉山州 锦江区 青羊区 金牛区 武侯区 成华区 龙泉驿区 青白江区 新都区 温江区 双流区 郫都区 新津区 都江堰市 彭州市 邛崃市 崇州市 简阳市 金堂县 大邑县 蒲江县 高新区 天府新区 重庆市 西安市 昆明市 贵阳市 兰州市 西宁市 拉萨市 南宁市 武汉市 长沙市 杭州市 南京市 苏州市 广州市 深圳市 厦门市 青岛市'.split(
    ' ',
  );

const SUFFIX_EN: Record<string, string> = { 市: 'City', 区: 'District', 县: 'County', 州: 'Prefecture' };

function regionEn(zh: string): string {
  const base = zh.slice(0, -1);
  const words = pinyin(base, { toneType: 'none', type: 'array' }).join('');
  return `${words[0]!.toUpperCase()}${words.slice(1)} ${SUFFIX_EN[zh.slice(-1)] ?? ''}`.trim();
}

/** Services: Chinese name | English name | category | colloquial synonyms. */
const SERVICES = `发明专利申请|Invention patent application|patent|申请专利/专利申报/发明专利怎么申请
发明专利实质审查请求|Request for substantive examination of an invention patent|patent|实审/提实审
发明专利优先审查请求|Request for prioritized examination of an invention patent|patent|专利加快审查/专利加急
发明专利年费缴纳|Payment of invention patent annual fees|patent|交年费/专利续费
发明专利权转让登记|Registration of invention patent assignment|patent|专利转让/专利过户
发明专利权质押登记|Registration of an invention patent pledge|patent|专利质押/专利贷款
发明专利实施许可合同备案|Recordal of an invention patent licence contract|patent|专利许可备案
发明专利无效宣告请求|Request for invalidation of an invention patent|patent|专利无效
发明专利复审请求|Request for reexamination of an invention patent|patent|专利被驳回/专利复审
发明专利费用减缴备案|Invention patent fee reduction registration|patent|专利费减/费减备案
发明专利恢复权利请求|Request for restoration of invention patent rights|patent|专利失效恢复
发明专利文件副本申请|Certified copies of invention patent documents|patent|专利证书丢了/专利副本
发明专利开放许可声明|Invention patent open licence declaration|patent|开放许可
实用新型专利申请|Utility model patent application|patent|小专利/新型专利
实用新型专利权评价报告|Utility model patent evaluation report|patent|评价报告
实用新型专利年费缴纳|Payment of utility model annual fees|patent|交年费/专利续费
实用新型专利权转让登记|Registration of utility model assignment|patent|专利转让
实用新型专利权质押登记|Registration of a utility model pledge|patent|专利质押
实用新型专利费用减缴备案|Utility model fee reduction registration|patent|专利费减
外观设计专利申请|Design patent application|patent|外观专利/造型专利
外观设计专利权评价报告|Design patent evaluation report|patent|评价报告
外观设计专利年费缴纳|Payment of design patent annual fees|patent|交年费
外观设计专利权转让登记|Registration of design patent assignment|patent|外观专利转让
外观设计专利权质押登记|Registration of a design patent pledge|patent|外观专利质押
商标注册申请|Trademark registration application|trademark|注册商标/品牌注册
商标续展注册|Trademark renewal|trademark|商标到期/商标续期
注册商标转让|Trademark assignment|trademark|商标转让/商标过户
商标注册人名义变更|Change of trademark registrant name|trademark|商标变更/商标改名
注册商标注销|Surrender of a registered trademark|trademark|商标注销
商标使用许可备案|Recordal of a trademark licence|trademark|商标许可/商标授权
商标异议申请|Trademark opposition|trademark|商标异议/商标被抢注
驳回商标注册申请复审|Review of a trademark refusal|trademark|商标驳回复审
撤销连续三年不使用注册商标|Revocation of a trademark for non-use|trademark|撤三
商标专用权质押登记|Registration of a trademark pledge|finance|商标质押/商标贷款
补发商标注册证|Replacement of a trademark registration certificate|trademark|商标证丢了
出具商标注册证明|Certificate of trademark registration|trademark|商标证明
马德里商标国际注册|Madrid international trademark registration|trademark|国际商标/海外商标
地理标志产品保护申请|Geographical indication product protection|geographical-indication|地标产品/地理标志
地理标志专用标志使用申请|Use of the geographical indication symbol|geographical-indication|地标标志
地理标志证明商标注册|Geographical indication certification mark registration|geographical-indication|证明商标/地标商标
地理标志保护要求变更|Amendment of a geographical indication specification|geographical-indication|地标变更
集成电路布图设计登记|Integrated circuit layout-design registration|ic-layout|芯片版图/布图设计
集成电路布图设计复审|Integrated circuit layout-design reexamination|ic-layout|布图设计复审
集成电路布图设计转让|Integrated circuit layout-design assignment|ic-layout|布图设计转让
知识产权维权援助|IP rights protection assistance|protection|维权/侵权投诉
知识产权纠纷调解|IP dispute mediation|protection|纠纷调解/不想打官司
知识产权纠纷仲裁|IP dispute arbitration|protection|知识产权仲裁
专利侵权纠纷行政裁决|Administrative ruling on patent infringement|protection|专利侵权投诉
展会知识产权保护|IP protection at trade fairs|protection|展会维权
海外知识产权纠纷应对指导|Guidance on overseas IP disputes|protection|海外维权
知识产权质押融资对接|IP-backed financing matchmaking|finance|知识产权贷款/质押融资
知识产权保险|IP insurance|finance|专利保险/商标保险
知识产权质押贷款贴息|Interest subsidy for IP-backed loans|finance|贷款贴息
知识产权政策咨询|IP policy consultation|consultation|政策咨询/问专利
企业知识产权贯标咨询|IP management standard guidance|consultation|贯标
专利导航服务|Patent navigation|consultation|专利分析/专利地图
专利检索与分析|Patent search and analysis|information|查专利/专利查询
商标查询|Trademark search|information|查商标/商标近似查询
科技查新|Novelty search|information|查新报告
知识产权数据开放利用|Open IP data|information|专利数据下载
知识产权公益培训|Free IP training|training|知识产权讲座/专利培训
知识产权远程教育|IP e-learning|training|网课/在线课程
专利代理师资格考试报名|Patent attorney examination registration|other|专代考试
专利代理机构执业许可|Patent agency practice licence|other|开代理公司
商标代理机构备案|Trademark agency recordal|other|商标代理备案`
  .split('\n')
  .map((line) => {
    const [zh, en, category, synonyms] = line.split('|') as [string, string, Category, string];
    return { zh, en, category, synonyms: synonyms.split('/') };
  });

const VARIANTS = [
  { zh: '（窗口办理）', en: '(at the window)', summary: '到服务窗口提交材料' },
  { zh: '（网上办理）', en: '(online)', summary: '在网上服务平台提交' },
  { zh: '（自助终端）', en: '(self-service kiosk)', summary: '在自助终端办理' },
];

export interface SyntheticItem {
  item: ResolvedItem;
  region: number;
  service: number;
}

export interface Synthetic {
  catalogue: Catalogue;
  items: SyntheticItem[];
  queries: LabelledQuery[];
}

const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function syntheticCatalogue(count: number, seed = 20250101, queriesPerKind = 25): Synthetic {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const combos: Array<[number, number, number]> = [];
  REGIONS.forEach((_, r) => SERVICES.forEach((_, s) => VARIANTS.forEach((_, v) => combos.push([r, s, v]))));
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [combos[i], combos[j]] = [combos[j]!, combos[i]!];
  }
  const regionsEn = REGIONS.map(regionEn);
  const items: SyntheticItem[] = combos.slice(0, count).map(([r, s, v], n) => {
    const region = REGIONS[r]!;
    const service = SERVICES[s]!;
    const variant = VARIANTS[v]!;
    let code = `${String(510000 + r * 100).padStart(6, '0')}${String(s).padStart(3, '0')}${v}`;
    while (code.length < 31) code += ALNUM[Math.floor(random() * ALNUM.length)];
    const item: ResolvedItem = {
      id: `syn-${n}`,
      code,
      name: { 'zh-CN': `${region}${service.zh}${variant.zh}`, en: `${service.en} — ${regionsEn[r]} ${variant.en}` },
      summary: {
        'zh-CN': `${region}知识产权服务中心受理${service.zh}，可${variant.summary}，材料齐全的当场受理。`,
        en: `${service.en} handled by the ${regionsEn[r]} IP service centre ${variant.en}.`,
      },
      synonyms: service.synonyms,
      category: service.category,
      audience: [],
      handlingType: 'commitment',
      channels: [],
      materials: [],
      steps: [],
      basis: [],
      status: 'active',
      version: '1',
      provenance: { '@': 'synthetic' },
    };
    return { item, region: r, service: s };
  });
  const outlets: ResolvedOutlet[] = REGIONS.map((region, r) => ({
    id: `syn-outlet-${r}`,
    name: { 'zh-CN': `${region}知识产权服务中心`, en: `${regionsEn[r]} IP Service Centre` },
    type: 'municipal-centre',
    regionCode: '510100',
    address: { 'zh-CN': `${region}政务服务中心${1 + (r % 9)}楼` },
    phones: [],
    itemIds: [],
    languages: [],
    accessibility: [],
    windows: [],
    sample: true,
    provenance: { '@': 'synthetic' },
  }));
  const catalogue: Catalogue = {
    formatVersion: 1,
    catalogueVersion: `synthetic-${count}`,
    builtAt: '2025-01-01T00:00:00Z',
    publisher: { name: { 'zh-CN': '合成数据' }, level: 'national' },
    lists: [],
    items: items.map((i) => i.item),
    outlets,
    regions: [],
    withdrawn: [],
  };
  return { catalogue, items, queries: syntheticQueries(items, regionsEn, pick, random, queriesPerKind) };
}

const memo = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make()));
  return value;
}
const initials = (text: string) =>
  cached(`i:${text}`, () => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
const spelled = (text: string) =>
  cached(`s:${text}`, () => pinyin(text, { toneType: 'none', type: 'array', v: true }).join(''));

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function syntheticQueries(
  items: readonly SyntheticItem[],
  regionsEn: readonly string[],
  pick: <T>(list: readonly T[]) => T,
  random: () => number,
  perKind: number,
): LabelledQuery[] {
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const bySyllable = new Map<string, string[]>();
  for (const c of commonChars().level1) {
    for (const s of allReadings(c)) bySyllable.set(s, [...(bySyllable.get(s) ?? []), c]);
  }
  const group = (r: number, s: number) => items.filter((i) => i.region === r && i.service === s).map((i) => i.item.id);
  const queries: LabelledQuery[] = [];
  const add = (kind: QueryKind, query: string, relevant: string[]) => queries.push({ query, kind, relevant });
  for (let n = 0; n < perKind; n++) {
    const target = pick(items);
    const { region: r, service: s } = target;
    const region = REGIONS[r]!;
    const service = SERVICES[s]!;
    const core = `${region}${service.zh}`;
    const same = group(r, s);
    add('exact', target.item.name['zh-CN']!, [target.item.id]);
    const cut = core.slice(0, Math.max(3, Math.round(core.length * (0.6 + random() * 0.25))));
    add(
      'prefix-typing',
      cut,
      items.filter((i) => i.item.name['zh-CN']!.startsWith(cut)).map((i) => i.item.id),
    );
    add('pinyin-full', `${spelled(region)} ${spelled(service.zh)}`, same);
    const abbreviation = initials(core);
    // Different services can share initials (and synonyms): every item that fits is relevant.
    add(
      'pinyin-initials',
      abbreviation,
      items
        .filter((i) => initials(`${REGIONS[i.region]}${SERVICES[i.service]!.zh}`) === abbreviation)
        .map((i) => i.item.id),
    );
    const full = `${spelled(region)}${spelled(service.zh)}`;
    const partial = full.slice(0, Math.max(spelled(region).length + 3, Math.round(full.length * 0.75)));
    add(
      'pinyin-partial',
      partial,
      items
        .filter((i) => `${spelled(REGIONS[i.region]!)}${spelled(SERVICES[i.service]!.zh)}`.startsWith(partial))
        .map((i) => i.item.id),
    );
    // One character of the service swapped for another read the same way.
    const chars = [...service.zh];
    const at = Math.floor(random() * chars.length);
    const sounds = allReadings(chars[at]!)
      .flatMap((sy) => bySyllable.get(sy) ?? [])
      .filter((c) => c !== chars[at]);
    if (sounds.length) chars[at] = pick(sounds);
    add('homophone', `${region}${chars.join('')}`, same);
    add('traditional', toTraditional(core), same);
    add('english', `${service.en} ${regionsEn[r]}`, same);
    const words = service.en.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    add(
      'english-typo',
      `${words.map((w) => (w === longest && w.length >= 5 ? typo(w, random) : w)).join(' ')} ${regionsEn[r]}`,
      same,
    );
    const synonym = pick(service.synonyms);
    add(
      'colloquial',
      `我想在${region}办${synonym}怎么办`,
      items.filter((i) => i.region === r && SERVICES[i.service]!.synonyms.includes(synonym)).map((i) => i.item.id),
    );
    add('code-number', target.item.code!, [target.item.id]);
    add('mixed', `${region} ${service.en}`, same);
  }
  for (const q of [
    '天气预报',
    '火车票查询',
    '个人所得税',
    '结婚登记',
    '驾驶证换证',
    'weather forecast',
    '护照办理',
    '手机维修',
  ]) {
    add('negative', q, []);
  }
  return queries;
}
