import type { LocaleTable } from '../../resource.js';

/** yz-outlets: finding a service outlet by region, type and service item, and when it is open. */
const outlets: LocaleTable = {
  filters: {
    title: 'サービス窓口を探す',
    province: '省',
    city: '市',
    district: '区・県',
    any: 'すべて',
    regionCount: '{{name}}（{{count}}）',
    type: '窓口の種類',
    anyType: 'すべての種類',
    query: '手続名または窓口名',
    queryPlaceholder: '例：商標の質権登録',
    clear: '条件を解除',
  },
  item: {
    only: '「{{name}}」を取り扱う窓口のみ表示しています',
    showAll: 'すべての窓口を表示',
    matched: '「{{items}}」を取り扱う窓口：',
    matchedMore_other: '「{{items}}」など {{count}} 件の手続を取り扱う窓口：',
  },
  results: {
    count_other: '{{count}} か所のサービス窓口',
    list: 'サービス窓口一覧',
    more_other: 'さらに表示（残り {{count}} か所）',
  },
  empty: {
    title: '条件に合うサービス窓口は見つかりませんでした',
    hint: '地域や種類を変えてお試しください。12330 に電話で相談することもできます。',
  },
  near: {
    button: '現在地から近い順に並べる',
    hint: '位置情報を使用します。位置情報はこの端末で距離の計算にのみ使われ、送信されません。',
    locating: '現在地を取得しています…',
    sorted: '直線距離の近い順に並べました。',
    reset: '元の順序に戻す',
    denied: '位置情報の使用が許可されなかったため、距離順に並べられません。地域から窓口を探せます。',
    unavailable: '現在地を取得できません。地域から窓口を探せます。',
    distance: '直線距離で約 {{distance}}',
    noGeo: 'この窓口は位置情報を公開していません',
  },
  status: {
    open: '開庁中（{{time}} まで）',
    closingSoon: 'まもなく終了（{{time}}）',
    opensToday: '受付時間外（本日 {{time}} から受付）',
    opensTomorrow: '本日の受付は終了しました（明日 {{time}} から）',
    opensOn: '本日の受付は終了しました（{{day}} {{time}} から）',
    closed: 'しばらく休業します。お電話でお問い合わせください',
    unknown: '開庁時間はお電話でお問い合わせください',
  },
  hours: {
    title: '開庁時間',
    dayRange: '{{from}}～{{to}}',
    periods: '{{days}}：{{times}}',
    period: '{{open}}–{{close}}',
    closed: '近日の休業日：{{dates}}',
    open: '近日の振替開庁日：{{dates}}',
  },
  outlet: {
    address: '住所',
    phone: '電話',
    website: 'ウェブサイト',
    email: 'メール',
    transit: 'アクセス',
    type: '種類',
    parent: '上位の窓口',
    items_other: '取り扱う手続（{{count}} 件）',
    languages: '対応言語',
    moreItems_other: '{{count}} 件すべて表示',
    fewerItems: '折りたたむ',
    accessibility: 'バリアフリー対応',
    sample: '住所と電話番号はサンプルデータであり、実在の機関の情報ではありません。',
    show: '窓口を見る',
  },
};

export default outlets;
