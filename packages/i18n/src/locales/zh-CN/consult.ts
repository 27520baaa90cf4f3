import type { LocaleTable } from '../../resource.js';

/** yz-consult-form: the consultation form, its checks, the check-your-answers step and the receipt. */
const consult: LocaleTable = {
  title: '在线咨询',
  intro: '工作人员会在承诺时限内答复。带 * 的为必填项。',
  optional: '（选填）',
  continue: '下一步：核对内容',
  topic: {
    label: '咨询类别',
    hint: '选择与您的问题最相关的业务',
    placeholder: '请选择',
  },
  item: {
    label: '相关服务事项',
    hint: '可输入名称、关键词或拼音首字母，例如“商标续展”或“sbxz”',
    clear: '清除所选事项',
    selected: '已选：{{name}}',
    noResults: '没有找到相关事项，可以不选',
    results_other: '找到 {{count}} 个事项，可用上下方向键选择',
    unavailable: '服务目录暂不可用，可以不选事项直接咨询',
  },
  question: {
    label: '您的问题',
    hint: '请写清楚想办理的业务和遇到的情况。不要填写身份证号、银行卡号等与问题无关的个人信息。',
    remaining_other: '还可以输入 {{count}} 个字',
    over_other: '超出 {{count}} 个字',
  },
  name: {
    label: '称呼',
    hint: '例如：王女士',
  },
  mobile: {
    label: '手机号码',
    hint: '用于短信或电话答复，11 位数字',
  },
  email: {
    label: '电子邮箱',
    hint: '填写后可以选择通过电子邮件答复',
  },
  replyChannel: {
    legend: '希望通过哪种方式答复',
    sms: '短信',
    phone: '电话',
    email: '电子邮件',
  },
  notice: {
    // The version is sent with the consent; change it whenever the notice text changes.
    version: '2025-01',
    title: '个人信息处理说明',
    purpose: '用途：您填写的问题和联系方式只用于答复本次咨询和改进服务，不用于其他用途。',
    readers: '谁会看到：受理咨询的知识产权公共服务机构的工作人员。',
    retention_other:
      '保存期限：自提交之日起保存 {{count}} 天，期满后删除联系方式等个人信息，只保留不含个人信息的统计数据。',
    rights: '您的权利：凭咨询编号和本机保存的凭证，可以随时查阅、导出或删除您的个人信息。',
    draft: '提交前，填写的内容只保存在本设备上，提交后自动清除。',
  },
  consent: {
    label: '我已阅读并同意按上述说明处理我的个人信息',
  },
  spamTrap: '网站（请留空）',
  errors: {
    summaryTitle: '请先修改以下问题',
    prefix: '错误：',
    topicRequired: '请选择咨询类别',
    questionRequired: '请填写您的问题',
    questionTooShort: '问题太短了，请至少写 {{min}} 个字',
    questionTooLong: '问题不能超过 {{max}} 个字，请删减',
    nameTooLong: '称呼不能超过 {{max}} 个字',
    consentRequired: '请阅读个人信息处理说明，并勾选同意后再提交',
    itemUnknown: '所选服务事项已不在目录中，请重新选择或清除',
  },
  check: {
    title: '请核对您的咨询内容',
    intro: '确认无误后提交。如需修改，请点“修改”。',
    change: '修改',
    submit: '确认提交',
    back: '返回修改',
    notGiven: '未填写',
    notSelected: '未选择',
    consentGiven: '已同意（说明版本 {{version}}）',
  },
  status: {
    title: '正在提交',
    rateLimited_other: '提交的人较多，将在约 {{count}} 分钟后自动重新发送，请勿重复提交。',
    queued: '已保存在本设备，正在准备发送…',
    sending: '正在发送…',
    retrying: '网络不稳定，正在自动重新发送，请稍候…',
    offline:
      '已保存在本设备。当前没有网络，恢复连接后会自动发送，而且只发送一次，请勿重复提交。关闭本页也不会丢失，下次打开时继续发送。',
    sent: '已发送',
    resumed: '上次提交的咨询尚未送达，正在继续发送…',
  },
  server: {
    validation: '提交的内容有问题，请按提示修改后重新提交',
    payload_too_large: '内容太长，无法提交。请缩短问题后重新提交。',
    forbidden_origin: '本网站尚未获准提交咨询，请联系网站管理员。',
    unsupported_media_type: '提交格式不受支持，请联系网站管理员。',
    conflict: '这份咨询已经提交过了。',
    idempotency_conflict: '这份咨询已经提交过了。',
    internal: '服务器暂时出现问题，请稍后重新提交。已填写的内容不会丢失。',
    unknown: '提交没有成功，请稍后重新提交。已填写的内容不会丢失。',
    retry: '重新提交',
  },
  done: {
    title: '咨询已提交',
    reference: '咨询编号',
    referenceHint: '请记下或打印编号，查询进度时需要使用。',
    due: '我们将在 {{date}} 前答复您',
    viaSms: '答复将通过短信发送到 {{mobile}}。',
    viaPhone: '工作人员将致电 {{mobile}}。',
    viaEmail: '答复将发送到 {{email}}。',
    print: '打印回执',
    qr: '用手机扫描二维码，查看办理进度',
    newQuestion: '再提一个问题',
    ratingTitle: '评价本次咨询服务',
  },
  draft: {
    restored: '已恢复您在 {{date}} 填写但还没有提交的内容。',
    clear: '清除已填内容',
    cleared: '已清除本设备上保存的内容。',
  },
};

export default consult;
