import type { LocaleTable } from '../../resource.js';

/** yz-search: the one-stop search box. */
const search: LocaleTable = {
  label: '搜索服務事項和服務網點',
  placeholder: '輸入事項名稱、拼音或問題，例如「商標續展」「sbzc」',
  submit: '搜索',
  clear: '清除搜索內容',
  groupItems: '服務事項',
  groupOutlets: '服務網點',
  results_other: '找到 {{count}} 個結果，用上下方向鍵瀏覽',
  noResults: '沒有找到與「{{query}}」相關的服務',
  noResultsHint: '換個說法試試，比如用事項名稱或關鍵詞；也可以直接向我們提問。',
  suggestions: '常用服務',
  ask: '向我們提問',
  promised: '承諾 {{duration}}辦結',
  legalOnly: '法定 {{duration}}',
  instant: '即辦件',
  outletIn: '{{region}}',
  suspended: '暫停辦理',
  loadingIndex: '正在準備搜索…',
};

export default search;
