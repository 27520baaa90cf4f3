import type { LocaleTable } from '../../resource.js';

/** yz-outlets: finding a service outlet by region, type and service item, and when it is open. */
const outlets: LocaleTable = {
  filters: {
    title: '查找服務網點',
    province: '省份',
    city: '城市',
    district: '區縣',
    any: '全部',
    regionCount: '{{name}}（{{count}}）',
    type: '網點類型',
    anyType: '全部類型',
    query: '要辦的事項或網點名稱',
    queryPlaceholder: '例如：商標質押登記',
    clear: '清除條件',
  },
  item: {
    only: '只顯示可以辦理「{{name}}」的網點',
    showAll: '顯示全部網點',
    matched: '可以辦理「{{items}}」的網點：',
    matchedMore_other: '可以辦理「{{items}}」等 {{count}} 個事項的網點：',
  },
  results: {
    count_other: '共 {{count}} 個服務網點',
    list: '服務網點列表',
    more_other: '顯示更多網點（還有 {{count}} 個）',
  },
  empty: {
    title: '沒有找到符合條件的服務網點',
    hint: '可以換一個地區或類型，也可以撥打 12330 諮詢。',
  },
  near: {
    button: '按離我最近排序',
    hint: '需要使用您的位置。位置只在本設備上用來計算距離，不會上傳。',
    locating: '正在獲取您的位置…',
    sorted: '已按直線距離由近到遠排序。',
    reset: '恢復默認排序',
    denied: '沒有獲得位置權限，無法按距離排序。您可以按地區查找網點。',
    unavailable: '暫時無法獲取您的位置。您可以按地區查找網點。',
    distance: '直線距離約 {{distance}}',
    noGeo: '該網點沒有提供位置信息',
  },
  status: {
    open: '正在辦公，{{time}} 結束',
    closingSoon: '即將結束辦公（{{time}}）',
    opensToday: '現在不辦公，{{time}} 開始辦公',
    opensTomorrow: '已下班，明天 {{time}} 開始辦公',
    opensOn: '已下班，{{day}} {{time}} 開始辦公',
    closed: '近期不辦公，請電話諮詢',
    unknown: '辦公時間請電話諮詢',
  },
  hours: {
    title: '辦公時間',
    dayRange: '{{from}}至{{to}}',
    periods: '{{days}}：{{times}}',
    period: '{{open}}–{{close}}',
    closed: '近期休息：{{dates}}',
    open: '近期調休上班：{{dates}}',
  },
  outlet: {
    address: '地址',
    phone: '電話',
    website: '網站',
    email: '電子郵箱',
    transit: '交通',
    type: '類型',
    parent: '上級網點',
    items_other: '可以辦理的事項（{{count}} 項）',
    languages: '服務語言',
    moreItems_other: '顯示全部 {{count}} 項',
    fewerItems: '收起',
    accessibility: '無障礙服務',
    sample: '地址和電話為示例數據，並非真實機構信息。',
    show: '查看網點',
  },
};

export default outlets;
