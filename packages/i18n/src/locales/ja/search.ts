import type { LocaleTable } from '../../resource.js';

/** yz-search: the one-stop search box. */
const search: LocaleTable = {
  label: 'サービスと窓口を検索',
  placeholder: '手続名、ピンイン、質問を入力（例：「商標」「sbzc」）',
  submit: '検索',
  clear: '検索内容を消去',
  groupItems: 'サービス',
  groupOutlets: 'サービス窓口',
  results_other: '{{count}} 件見つかりました。上下の矢印キーで移動できます',
  noResults: '「{{query}}」に関連するサービスは見つかりませんでした',
  noResultsHint: '手続名やキーワードなど、別の言葉でお試しください。直接ご質問いただくこともできます。',
  suggestions: 'よく利用されるサービス',
  ask: '質問する',
  promised: '{{duration}}以内に処理（確約）',
  legalOnly: '法定期限 {{duration}}',
  instant: '即時処理',
  outletIn: '{{region}}',
  suspended: '一時停止中',
  loadingIndex: '検索を準備しています…',
};

export default search;
