import type { LocaleTable } from '../../resource.js';

const cli: LocaleTable = {
  usage:
    '用法：yizhan <命令> [參數]\n\n命令：\n  validate <文件...>                     校驗目錄文件（.json 或 .csv）\n  build <目錄文件...> --out <目錄>       合併覆蓋層並生成數據包\n      [--built-at <時間>]                固定構建時間（也可用 SOURCE_DATE_EPOCH）\n  search <數據包目錄> [查詢] [--queries <文件>] [--limit N] --json\n  keygen --out <前綴>                    生成 Ed25519 密鑰對\n  sign <數據包目錄> --key <私鑰文件>      為數據包簽名\n  verify <數據包目錄> --key <公鑰文件>    校驗數據包的哈希和簽名\n  serve [--port 8787] [--db <文件或 postgres:// 地址>] [--bundle <目錄>]\n\n通用參數：\n  --lang zh-CN|zh-Hant|en|ja 輸出語言（默認取 LANG 環境變量）\n  --help              顯示本幫助',
  unknownCommand: '未知命令「{{command}}」。運行 yizhan --help 查看用法。',
  missingArg: '缺少參數：{{arg}}',
  badOption: '參數 {{option}} 的值無效：{{value}}',
  unknownOption: '未知參數 {{option}}',
  missingValue: '參數 {{option}} 需要一個值',
  noValue: '參數 {{option}} 不接受值',
  valid_other: '{{count}} 個文件校驗通過。',
  problems_other: '發現 {{count}} 個問題。',
  warnings_other: '{{count}} 條提醒（不影響構建）。',
  warningsSign_other: '{{count}} 條提醒（不影響簽名）。',
  warningsVerify_other: '{{count}} 條提醒（不影響校驗結果）。',
  built: '已生成數據包 {{dir}}',
  builtSummary:
    '目錄版本 {{version}}：{{items}} 個服務事項，{{outlets}} 個服務網點，{{withdrawn}} 個事項被撤銷；繼承鏈 {{chain}}',
  builtFile: '  {{file}}  {{size}}  sha256 {{sha}}',
  buildFailed: '校驗未通過，未寫入任何文件。',
  signed: '已用密鑰 {{keyId}} 簽名 {{dir}}',
  verified: '校驗通過：{{files}} 個文件的哈希一致，簽名有效（密鑰 {{keyId}}）',
  verifiedUnsigned: '文件哈希一致（清單未簽名）',
  verifiedNotChecked: '文件哈希一致；清單由密鑰 {{keyId}} 簽名，但未校驗簽名（請用 --key 指定公鑰）',
  keyExists: '{{file}} 已存在，未寫入任何文件（請換一個 --out 前綴）',
  keygen: '已生成密鑰對：私鑰 {{private}}（請妥善保管），公鑰 {{public}}（密鑰編號 {{keyId}}）',
  searchUnavailable: '本數據包不含搜索索引（search-index.json），請用新版 yizhan build 重新生成',
  bundleNotFound: '找不到數據包目錄 {{dir}}（{{detail}}）',
  searchIndexInvalid: '搜索索引無法讀取：{{detail}}。請用新版 yizhan build 重新生成',
  searchHeader_other: '「{{query}}」：{{count}} 個結果',
  searchNoResults: '  沒有相關結果',
  searchRow: '  {{rank}}. {{name}}  [{{id}}]  {{field}}  {{score}}',
  searchField: {
    name: '名稱',
    synonym: '別名',
    summary: '簡介',
    category: '類別',
    code: '實施編碼',
    outlet: '服務網點',
  },
  serveStarted: '受理服務已啟動：{{url}}',
  internalError: '無法完成：{{detail}}',
};

export default cli;
