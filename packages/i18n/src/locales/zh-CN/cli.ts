import type { LocaleTable } from '../../resource.js';

const cli: LocaleTable = {
  usage:
    '用法：yizhan <命令> [参数]\n\n命令：\n  validate <文件...>                     校验目录文件（.json 或 .csv）\n  build <目录文件...> --out <目录>       合并覆盖层并生成数据包\n      [--built-at <时间>]                固定构建时间（也可用 SOURCE_DATE_EPOCH）\n  search <数据包目录> [查询] [--queries <文件>] [--limit N] --json\n  keygen --out <前缀>                    生成 Ed25519 密钥对\n  sign <数据包目录> --key <私钥文件>      为数据包签名\n  verify <数据包目录> --key <公钥文件>    校验数据包的哈希和签名\n  serve [--port 8787] [--db <文件或 postgres:// 地址>] [--bundle <目录>]\n\n通用参数：\n  --lang zh-CN|zh-Hant|en|ja 输出语言（默认取 LANG 环境变量）\n  --help              显示本帮助',
  unknownCommand: '未知命令“{{command}}”。运行 yizhan --help 查看用法。',
  missingArg: '缺少参数：{{arg}}',
  badOption: '参数 {{option}} 的值无效：{{value}}',
  unknownOption: '未知参数 {{option}}',
  missingValue: '参数 {{option}} 需要一个值',
  noValue: '参数 {{option}} 不接受值',
  valid_other: '{{count}} 个文件校验通过。',
  problems_other: '发现 {{count}} 个问题。',
  warnings_other: '{{count}} 条提醒（不影响构建）。',
  warningsSign_other: '{{count}} 条提醒（不影响签名）。',
  warningsVerify_other: '{{count}} 条提醒（不影响校验结果）。',
  built: '已生成数据包 {{dir}}',
  builtSummary:
    '目录版本 {{version}}：{{items}} 个服务事项，{{outlets}} 个服务网点，{{withdrawn}} 个事项被撤销；继承链 {{chain}}',
  builtFile: '  {{file}}  {{size}}  sha256 {{sha}}',
  buildFailed: '校验未通过，未写入任何文件。',
  signed: '已用密钥 {{keyId}} 签名 {{dir}}',
  verified: '校验通过：{{files}} 个文件的哈希一致，签名有效（密钥 {{keyId}}）',
  verifiedUnsigned: '文件哈希一致（清单未签名）',
  verifiedNotChecked: '文件哈希一致；清单由密钥 {{keyId}} 签名，但未校验签名（请用 --key 指定公钥）',
  keyExists: '{{file}} 已存在，未写入任何文件（请换一个 --out 前缀）',
  keygen: '已生成密钥对：私钥 {{private}}（请妥善保管），公钥 {{public}}（密钥编号 {{keyId}}）',
  searchUnavailable: '本数据包不含搜索索引（search-index.json），请用新版 yizhan build 重新生成',
  bundleNotFound: '找不到数据包目录 {{dir}}（{{detail}}）',
  searchIndexInvalid: '搜索索引无法读取：{{detail}}。请用新版 yizhan build 重新生成',
  searchHeader_other: '“{{query}}”：{{count}} 个结果',
  searchNoResults: '  没有相关结果',
  searchRow: '  {{rank}}. {{name}}  [{{id}}]  {{field}}  {{score}}',
  searchField: {
    name: '名称',
    synonym: '别名',
    summary: '简介',
    category: '类别',
    code: '实施编码',
    outlet: '服务网点',
  },
  serveStarted: '受理服务已启动：{{url}}',
  internalError: '无法完成：{{detail}}',
};

export default cli;
