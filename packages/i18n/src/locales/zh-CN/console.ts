import type { LocaleTable } from '../../resource.js';

/** Intake server: API error messages (`api`), the staff console, and `yizhan serve`. */
const console: LocaleTable = {
  serve: {
    started: '一站受理服务已启动：{{url}}（{{kind}}：{{db}}）',
    console: '工作人员控制台：{{url}}',
    demoAccounts: '演示模式：已创建示例账号（密码只显示这一次，请妥善保存）：',
    stopping: '收到 {{signal}}，正在停止（处理完进行中的请求）…',
    stopped: '已停止。',
    badNumber: '{{name}} 的值“{{value}}”无效，应为 {{min}} 到 {{max}} 之间的整数',
    badHolidays: '无法读取节假日文件 {{file}}：{{detail}}',
  },
  api: {
    validation: '提交的内容有误，请检查标出的字段',
    invalidJson: '请求内容不是有效的 JSON',
    emptyBody: '请求内容为空',
    badRequest: '请求无效',
    unsupportedMediaType: '请以 application/json 格式提交',
    payloadTooLarge: '请求内容过大，上限为 {{limit}} KB',
    notFound: '找不到请求的地址',
    consultationNotFound: '没有与该编号和凭证相符的咨询',
    ratingTargetNotFound: '没有与该评价凭证相符的咨询',
    unauthorized: '缺少有效的访问凭证（Authorization: Bearer …）',
    idempotencyKeyRequired: '缺少 Idempotency-Key 请求头，请为每次提交生成一个 UUID',
    idempotencyKeyRepeated: 'Idempotency-Key 请求头只能出现一次',
    idempotencyConflict: '该 Idempotency-Key 已用于另一份内容不同的提交',
    ratingConflict: '此凭证已提交过不同的评价，每个凭证只能评价一次',
    rateLimited: '请求过于频繁，请在 {{seconds}} 秒后重试',
    forbiddenOrigin: '来源 {{origin}} 未获准访问此接口',
    internal: '服务器内部错误，请稍后重试',
    unknownItem: '服务目录中没有事项“{{id}}”',
    unknownOutlet: '服务目录中没有网点“{{id}}”',
  },
};

export default console;
