import type { LocaleTable } from '../../resource.js';

/** yz-rating: 好差评, five levels, reason tags per level (ids from RATING_TAGS), optional comment. */
const rating: LocaleTable = {
  legend: '您对本次服务满意吗？',
  voluntary: '评价是自愿的，不影响办理。',
  levels: {
    '5': '非常满意',
    '4': '满意',
    '3': '基本满意',
    '2': '不满意',
    '1': '非常不满意',
  },
  tagsLegend: '主要原因（可多选）',
  tagsLegendRequired: '不满意的原因（至少选一项）',
  tags: {
    'clear-guide': '办事指南清楚',
    fast: '办理速度快',
    'helpful-staff': '工作人员热情专业',
    'one-trip': '最多跑一次',
    'easy-to-use': '操作简单方便',
    'answer-helpful': '答复解决了问题',
    'could-be-faster': '速度还可以更快',
    'guide-partly-unclear': '指南有些地方不清楚',
    'long-queue': '排队时间较长',
    'answer-partly-helpful': '答复部分解决了问题',
    'slow-reply': '答复太慢',
    'unclear-materials': '材料要求说不清',
    'too-many-trips': '来回跑了多次',
    'rude-staff': '服务态度不好',
    'system-hard-to-use': '系统不好用',
    'answer-unhelpful': '答复没有解决问题',
    overdue: '超过承诺时限',
    'fee-unclear': '收费不明确',
  },
  rectificationNote: '“不满意”和“非常不满意”的评价会转为整改工单，由工作人员核实、整改并回复。',
  comment: {
    label: '其他意见（选填）',
    remaining_other: '还可以输入 {{count}} 个字',
    over_other: '超出 {{count}} 个字',
  },
  submit: '提交评价',
  dismiss: '不用了，谢谢',
  errors: {
    levelRequired: '请选择满意程度',
    tagsRequired: '请至少选择一个不满意的原因',
    commentTooLong: '其他意见不能超过 {{max}} 个字',
    failed: '评价没有提交成功，请稍后再试。',
  },
  status: {
    queued: '评价已保存在本设备，正在准备发送…',
    sending: '正在发送评价…',
    retrying: '网络不稳定，正在自动重新发送评价…',
    offline: '评价已保存在本设备，恢复网络后会自动发送。',
  },
  done: {
    thanks: '感谢您的评价！',
    rectification: '您的意见已转为整改工单（编号 {{caseId}}），我们将在 {{date}} 前处理并回复。',
    already: '您已经评价过了，感谢您的反馈。',
    dismissed: '好的，不评价也不影响办理。',
  },
};

export default rating;
