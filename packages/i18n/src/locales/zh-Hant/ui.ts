import type { LocaleTable } from '../../resource.js';

/** Strings every widget shares: loading and error states, common actions. */
const ui: LocaleTable = {
  loading: '正在加載…',
  retry: '重試',
  close: '關閉',
  back: '返回',
  print: '打印',
  share: '分享',
  copyLink: '複製鏈接',
  linkCopied: '鏈接已複製',
  showQr: '顯示二維碼',
  qrLabel: '用手機掃描二維碼，在手機上繼續查看',
  offlineNotice: '當前處於離線狀態，顯示的是 {{date}} 保存的目錄',
  updatedNotice: '服務目錄已更新',
  error: {
    offline: '網絡連接不可用，且本機還沒有保存過服務目錄。請連接網絡後重試。',
    http: '服務目錄暫時無法加載（服務器返回 {{status}}）。請稍後重試。',
    integrity: '下載的服務目錄不完整或已被改動，已停止使用。請稍後重試。',
    format: '服務目錄的格式不受支持，請聯繫網站管理員。',
    'not-found': '沒有找到服務目錄，請聯繫網站管理員檢查地址 {{src}}。',
    unknown: '服務目錄加載失敗，請稍後重試。',
    noSource: '組件缺少 src 屬性或 catalogue 數據，請網站管理員檢查嵌入代碼。',
  },
  elderlyOn: '大字模式',
  elderlyOff: '標準模式',
  language: '語言',
  sampleData: '示例數據',
  externalLink: '（在新窗口打開）',
};

export default ui;
