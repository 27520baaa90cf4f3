import type { LocaleTable } from '../../resource.js';

/** The kiosk shell: config file errors and the screens the shell itself shows (no renderer). */
const kiosk: LocaleTable = {
  config: {
    fileLine: '{{file}}：{{message}}',
    fieldLine: '{{file}}：{{field}}（{{label}}）：{{message}}',
    unknownFieldLine: '{{file}}：{{field}}：{{message}}',
    notFound: '找不到配置文件。请按部署文档创建 kiosk.json，或用环境变量 YIZHAN_KIOSK_CONFIG 指明位置',
    unreadable: '无法读取配置文件：{{detail}}',
    badJson: '配置文件不是有效的 JSON：{{detail}}',
    notObject: '配置文件应为一个 JSON 对象（以 { 开头）',
    httpsOnly: '必须是 https 网址（只有本机地址 localhost / 127.0.0.1 可以用 http），且不能包含用户名或密码',
    directoryUrl: '内容包地址是一个目录，应以 / 结尾',
    origin: '必须是单独的来源，形如 https://主机名[:端口]，不能带路径、查询、用户名或通配符',
    publicKey: '不是有效的 Ed25519 公钥；请粘贴 yizhan keygen 生成的公钥（以 -----BEGIN PUBLIC KEY----- 开头）',
    countdownLonger: '倒计时秒数应小于空闲超时秒数',
    fields: {
      hallId: '服务大厅编号',
      outletId: '服务网点编号',
      serverUrl: '受理服务器地址',
      bundleUrl: '内容包地址',
      idleSeconds: '空闲超时秒数',
      countdownSeconds: '倒计时秒数',
      attractSeconds: '待机画面等待秒数',
      updateIntervalMinutes: '内容更新间隔（分钟）',
      printerName: '打印机名称',
      receiptWidthMm: '小票纸宽（毫米）',
      publicKey: '内容签名公钥',
      allowedOrigins: '允许打开的网站',
      defaultLocale: '默认语言',
    },
  },
  shell: {
    configErrorTitle: '自助终端配置有误',
    configErrorHelp: '请联系工作人员。技术人员请按以下提示修改配置文件后重启终端：',
    maintenanceTitle: '自助终端维护中',
    maintenanceHelp: '暂时无法使用，请到人工窗口办理或咨询。工作人员已收到提示。',
    noContentTitle: '服务内容暂不可用',
    noContentHelp: '终端没有找到经过验证的服务目录。请联系工作人员。',
  },
};

export default kiosk;
