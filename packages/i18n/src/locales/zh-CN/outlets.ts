import type { LocaleTable } from '../../resource.js';

/** yz-outlets: finding a service outlet by region, type and service item, and when it is open. */
const outlets: LocaleTable = {
  filters: {
    title: '查找服务网点',
    province: '省份',
    city: '城市',
    district: '区县',
    any: '全部',
    regionCount: '{{name}}（{{count}}）',
    type: '网点类型',
    anyType: '全部类型',
    query: '要办的事项或网点名称',
    queryPlaceholder: '例如：商标质押登记',
    clear: '清除条件',
  },
  item: {
    only: '只显示可以办理“{{name}}”的网点',
    showAll: '显示全部网点',
    matched: '可以办理“{{items}}”的网点：',
    matchedMore_other: '可以办理“{{items}}”等 {{count}} 个事项的网点：',
  },
  results: {
    count_other: '共 {{count}} 个服务网点',
    list: '服务网点列表',
    more_other: '显示更多网点（还有 {{count}} 个）',
  },
  empty: {
    title: '没有找到符合条件的服务网点',
    hint: '可以换一个地区或类型，也可以拨打 12330 咨询。',
  },
  near: {
    button: '按离我最近排序',
    hint: '需要使用您的位置。位置只在本设备上用来计算距离，不会上传。',
    locating: '正在获取您的位置…',
    sorted: '已按直线距离由近到远排序。',
    reset: '恢复默认排序',
    denied: '没有获得位置权限，无法按距离排序。您可以按地区查找网点。',
    unavailable: '暂时无法获取您的位置。您可以按地区查找网点。',
    distance: '直线距离约 {{distance}}',
    noGeo: '该网点没有提供位置信息',
  },
  status: {
    open: '正在办公，{{time}} 结束',
    closingSoon: '即将结束办公（{{time}}）',
    opensToday: '现在不办公，{{time}} 开始办公',
    opensTomorrow: '已下班，明天 {{time}} 开始办公',
    opensOn: '已下班，{{day}} {{time}} 开始办公',
    closed: '近期不办公，请电话咨询',
    unknown: '办公时间请电话咨询',
  },
  hours: {
    title: '办公时间',
    dayRange: '{{from}}至{{to}}',
    periods: '{{days}}：{{times}}',
    period: '{{open}}–{{close}}',
    closed: '近期休息：{{dates}}',
    open: '近期调休上班：{{dates}}',
  },
  outlet: {
    address: '地址',
    phone: '电话',
    website: '网站',
    email: '电子邮箱',
    transit: '交通',
    type: '类型',
    parent: '上级网点',
    items_other: '可以办理的事项（{{count}} 项）',
    languages: '服务语言',
    moreItems_other: '显示全部 {{count}} 项',
    fewerItems: '收起',
    accessibility: '无障碍服务',
    sample: '地址和电话为示例数据，并非真实机构信息。',
    show: '查看网点',
  },
};

export default outlets;
