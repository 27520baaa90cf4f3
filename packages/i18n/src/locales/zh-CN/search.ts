import type { LocaleTable } from '../../resource.js';

/** yz-search: the one-stop search box. */
const search: LocaleTable = {
  label: '搜索服务事项和服务网点',
  placeholder: '输入事项名称、拼音或问题，例如“商标续展”“sbzc”',
  submit: '搜索',
  clear: '清除搜索内容',
  groupItems: '服务事项',
  groupOutlets: '服务网点',
  results_other: '找到 {{count}} 个结果，用上下方向键浏览',
  noResults: '没有找到与“{{query}}”相关的服务',
  noResultsHint: '换个说法试试，比如用事项名称或关键词；也可以直接向我们提问。',
  suggestions: '常用服务',
  ask: '向我们提问',
  promised: '承诺 {{duration}}办结',
  legalOnly: '法定 {{duration}}',
  instant: '即办件',
  outletIn: '{{region}}',
  suspended: '暂停办理',
  loadingIndex: '正在准备搜索…',
};

export default search;
