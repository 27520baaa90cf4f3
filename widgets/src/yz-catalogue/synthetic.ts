import type { Catalogue, OpeningHours, OutletType, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';

const CATEGORIES = ['patent', 'trademark', 'geographical-indication', 'ic-layout', 'protection', 'finance'] as const;
const WORDS = ['专利', '商标', '质押', '登记', '变更', '转让', '续展', '许可', '备案', '查询', '复审', '证明'];
const CHANNELS = ['online', 'window', 'mail', 'phone', 'wechat', 'kiosk'] as const;
const AUDIENCES = ['individual', 'enterprise', 'sme', 'university', 'agency', 'foreign'] as const;

export interface SyntheticOptions {
  /** How many service outlets to add, spread over the regions below (default none). */
  outlets?: number;
}

/**
 * A catalogue of `n` plausible items for scale tests and the render benchmarks: deterministic (no
 * randomness), varied enough that every facet has several options. With `outlets`, also that many
 * outlets with GB/T 2260 regions, hours and the items each offers (yz-outlets at scale).
 */
export function syntheticCatalogue(n: number, { outlets = 0 }: SyntheticOptions = {}): Catalogue {
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
    outlets: outlets > 0 ? syntheticOutlets(outlets, items) : [],
    regions: outlets > 0 ? REGIONS.map(({ code, zh, en }) => ({ code, name: { 'zh-CN': zh, en } })) : [],
    withdrawn: [],
  };
}

// ---- outlets ------------------------------------------------------------------------------------

/**
 * GB/T 2260 codes: `code zh en`, then for a city (or a municipality, whose districts hang off an
 * unnamed `xx0100`) its centre `lat lng` and telephone area code.
 */
const REGION_TABLE = `110000 北京市 Beijing 39.90 116.40 010
110101 东城区 Dongcheng
110102 西城区 Xicheng
110105 朝阳区 Chaoyang
110108 海淀区 Haidian
310000 上海市 Shanghai 31.23 121.47 021
310101 黄浦区 Huangpu
310104 徐汇区 Xuhui
310115 浦东新区 Pudong
320000 江苏省 Jiangsu
320100 南京市 Nanjing 32.06 118.80 025
320102 玄武区 Xuanwu
320104 秦淮区 Qinhuai
320115 江宁区 Jiangning
320500 苏州市 Suzhou 31.30 120.58 0512
320505 虎丘区 Huqiu
320506 吴中区 Wuzhong
320508 姑苏区 Gusu
330000 浙江省 Zhejiang
330100 杭州市 Hangzhou 30.27 120.15 0571
330102 上城区 Shangcheng
330106 西湖区 Xihu
330108 滨江区 Binjiang
330200 宁波市 Ningbo 29.87 121.55 0574
330203 海曙区 Haishu
330212 鄞州区 Yinzhou
370000 山东省 Shandong
370100 济南市 Jinan 36.65 117.12 0531
370102 历下区 Lixia
370112 历城区 Licheng
370200 青岛市 Qingdao 36.07 120.38 0532
370202 市南区 Shinan
370212 崂山区 Laoshan
420000 湖北省 Hubei
420100 武汉市 Wuhan 30.59 114.31 027
420102 江岸区 Jiang'an
420106 武昌区 Wuchang
420111 洪山区 Hongshan
440000 广东省 Guangdong
440100 广州市 Guangzhou 23.13 113.26 020
440103 荔湾区 Liwan
440104 越秀区 Yuexiu
440106 天河区 Tianhe
440300 深圳市 Shenzhen 22.54 114.06 0755
440303 罗湖区 Luohu
440304 福田区 Futian
440305 南山区 Nanshan
500000 重庆市 Chongqing 29.56 106.55 023
500101 万州区 Wanzhou
500103 渝中区 Yuzhong
500112 渝北区 Yubei
510000 四川省 Sichuan
510100 成都市 Chengdu 30.66 104.07 028
510104 锦江区 Jinjiang
510105 青羊区 Qingyang
510107 武侯区 Wuhou
510700 绵阳市 Mianyang 31.47 104.68 0816
510703 涪城区 Fucheng
510704 游仙区 Youxian
610000 陕西省 Shaanxi
610100 西安市 Xi'an 34.34 108.94 029
610104 莲湖区 Lianhu
610113 雁塔区 Yanta`;

interface RegionRow {
  code: string;
  zh: string;
  en: string;
  geo?: { lat: number; lng: number };
  area?: string;
}

const REGIONS: RegionRow[] = REGION_TABLE.split('\n').map((line) => {
  const [code, zh, en, lat, lng, area] = line.split(' ') as [string, string, string, string?, string?, string?];
  return {
    code,
    zh,
    en,
    ...(lat && lng ? { geo: { lat: Number(lat), lng: Number(lng) } } : {}),
    ...(area ? { area } : {}),
  };
});
const region = new Map(REGIONS.map((r) => [r.code, r]));
const isProvince = (code: string): boolean => code.endsWith('0000');
const PROVINCES = REGIONS.filter((r) => isProvince(r.code));
/** Cities with a centre; a municipality (北京市) is its own city. */
const CITIES = REGIONS.filter((r) => r.geo);
const DISTRICTS = REGIONS.filter((r) => !r.code.endsWith('00'));
/** The city a region code lies in: for a province, its capital (listed first). */
const cityOf = (code: string): RegionRow =>
  (isProvince(code) ? undefined : region.get(`${code.slice(0, 4)}00`)) ??
  CITIES.find((c) => c.code.slice(0, 2) === code.slice(0, 2))!;

/** Most outlets are information points and agency offices; specialised centres are rarer. */
const LOCAL_TYPES: readonly OutletType[] = [
  'info-outlet',
  'patent-agency-office',
  'info-outlet',
  'trademark-window',
  'tisc',
  'patent-agency-office',
  'university-centre',
  'info-outlet',
  'other',
  'trademark-window',
];
const TYPE_NAMES: Record<OutletType, [zh: string, en: string]> = {
  'provincial-node': ['知识产权服务促进中心', 'IP Service Promotion Centre'],
  'municipal-centre': ['知识产权公共服务中心', 'IP Public Service Centre'],
  'protection-centre': ['知识产权保护中心', 'IP Protection Centre'],
  tisc: ['技术与创新支持中心', 'TISC'],
  'university-centre': ['高校国家知识产权信息服务中心', 'University IP Information Centre'],
  'info-outlet': ['知识产权信息公共服务网点', 'IP Information Outlet'],
  'patent-agency-office': ['专利代办服务点', 'Patent Agency Office'],
  'trademark-window': ['商标业务受理窗口', 'Trademark Window'],
  other: ['知识产权服务工作站', 'IP Service Station'],
};
const ROADS = ['人民路', '建设路', '解放路', '中山路', '科技路', '创业大道', '天府大道', '滨江路', '新华路', '学府路'];
const ACCESSIBILITY = ['step-free', 'wheelchair', 'accessible-toilet', 'priority-window', 'elderly-assist'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5];
/** Holidays (closed) and adjusted working weekends (open) of early 2026. */
const HOLIDAYS = {
  closed: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18'],
  open: ['2026-01-04', '2026-02-14'],
};
const HOURS: OpeningHours[] = [
  {
    weekly: [
      { days: WEEKDAYS, open: '09:00', close: '12:00' },
      { days: WEEKDAYS, open: '13:30', close: '17:30' },
    ],
    ...HOLIDAYS,
  },
  { weekly: [{ days: WEEKDAYS, open: '09:00', close: '17:00' }], ...HOLIDAYS },
  { weekly: [{ days: [...WEEKDAYS, 6], open: '08:30', close: '18:00' }], ...HOLIDAYS },
  {
    weekly: [
      { days: WEEKDAYS, open: '09:00', close: '17:00' },
      { days: [6], open: '09:00', close: '12:00' },
    ],
    ...HOLIDAYS,
    note: { 'zh-CN': '周六上午仅受理咨询。', en: 'Saturday mornings: enquiries only.' },
  },
];

/**
 * `n` outlets: the network's backbone first (a provincial node per province, a public-service
 * centre and a protection centre per city), then local outlets round-robin over the districts,
 * each offering 4–12 of `items` (a trademark window only trademark ones).
 */
export function syntheticOutlets(n: number, items: readonly ResolvedItem[]): ResolvedOutlet[] {
  const places: Array<{ type: OutletType; code: string; parentId?: string }> = [
    ...PROVINCES.map((p) => ({ type: 'provincial-node' as const, code: p.code })),
    ...CITIES.flatMap((c) =>
      (['municipal-centre', 'protection-centre'] as const).map((type) => ({
        type,
        // A municipality's city-level outlets sit under its unnamed city code (110100).
        code: isProvince(c.code) ? `${c.code.slice(0, 2)}0100` : c.code,
        parentId: `outlet-${c.code.slice(0, 2)}0000-provincial-node`,
      })),
    ),
  ];
  const outlets: ResolvedOutlet[] = [];
  for (let i = 0; i < n; i++) {
    const local = i - places.length;
    const place = places[i] ?? {
      type: LOCAL_TYPES[local % LOCAL_TYPES.length]!,
      code: DISTRICTS[local % DISTRICTS.length]!.code,
    };
    const { type, code } = place;
    const province = region.get(`${code.slice(0, 2)}0000`)!;
    const city = cityOf(code);
    const district = region.get(code) !== city && region.get(code) !== province ? region.get(code) : undefined;
    const backbone = i < places.length;
    const [typeZh, typeEn] = TYPE_NAMES[type];
    const at = type === 'provincial-node' ? province : (district ?? city);
    const name = backbone
      ? { 'zh-CN': `${type === 'protection-centre' ? `中国（${at.zh}）` : at.zh}${typeZh}`, en: `${at.en} ${typeEn}` }
      : {
          'zh-CN': `${at.zh}${typeZh}（${Math.floor(local / DISTRICTS.length) + 1} 号）`,
          en: `${at.en} ${typeEn} No. ${Math.floor(local / DISTRICTS.length) + 1}`,
        };
    const parentId = backbone ? place.parentId : `outlet-${code.slice(0, 4)}00-municipal-centre`;
    const road = ROADS[i % ROADS.length]!;
    const count = 4 + (i % 9);
    const offered = new Set<string>();
    for (let j = 0; offered.size < Math.min(count, items.length) && j < items.length * 6; j++) {
      const k = (i * 37 + j * 101) % items.length;
      if (type !== 'trademark-window' || items[k]!.category === 'trademark') offered.add(items[k]!.id);
    }
    const jitter = (k: number): number => Math.round((i * k) % 200) / 1000 - 0.1;
    outlets.push({
      id: backbone ? `outlet-${code}-${type}` : `outlet-${i}`,
      name,
      type,
      ...(parentId ? { parentId } : {}),
      regionCode: code,
      address: {
        'zh-CN': `${province.zh}${city === province ? '' : city.zh}${district?.zh ?? ''}${road}${(i % 300) + 1}号`,
      },
      geo: { lat: +(city.geo!.lat + jitter(7)).toFixed(4), lng: +(city.geo!.lng + jitter(13)).toFixed(4) },
      phones: [`${city.area}-${80_000_000 + ((i * 7919) % 10_000_000)}`],
      ...(backbone ? { email: `service${i}@ip.example.cn`, url: `https://ip.example.cn/outlets/${code}` } : {}),
      ...(type === 'info-outlet' && i % 11 === 0 ? {} : { hours: HOURS[i % HOURS.length]! }),
      itemIds: [...offered],
      languages: i % 5 === 0 ? ['zh-CN', 'en'] : ['zh-CN'],
      accessibility: ACCESSIBILITY.filter((_, k) => (i + k) % 3 !== 0),
      windows: [],
      ...(i % 3 === 0 ? { transit: { 'zh-CN': `地铁 ${(i % 10) + 1} 号线${road}站 B 口` } } : {}),
      sample: true,
      provenance: { '@': 'local' },
    });
  }
  return outlets;
}
