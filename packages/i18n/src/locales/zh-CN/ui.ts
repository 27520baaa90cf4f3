import type { LocaleTable } from '../../resource.js';

/** Strings every widget shares: loading and error states, common actions. */
const ui: LocaleTable = {
  loading: '正在加载…',
  retry: '重试',
  close: '关闭',
  back: '返回',
  print: '打印',
  share: '分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  showQr: '显示二维码',
  qrLabel: '用手机扫描二维码，在手机上继续查看',
  offlineNotice: '当前处于离线状态，显示的是 {{date}} 保存的目录',
  updatedNotice: '服务目录已更新',
  error: {
    offline: '网络连接不可用，且本机还没有保存过服务目录。请连接网络后重试。',
    http: '服务目录暂时无法加载（服务器返回 {{status}}）。请稍后重试。',
    integrity: '下载的服务目录不完整或已被改动，已停止使用。请稍后重试。',
    format: '服务目录的格式不受支持，请联系网站管理员。',
    'not-found': '没有找到服务目录，请联系网站管理员检查地址 {{src}}。',
    unknown: '服务目录加载失败，请稍后重试。',
    noSource: '组件缺少 src 属性或 catalogue 数据，请网站管理员检查嵌入代码。',
  },
  elderlyOn: '大字模式',
  elderlyOff: '标准模式',
  language: '语言',
  sampleData: '示例数据',
  externalLink: '（在新窗口打开）',
};

export default ui;
