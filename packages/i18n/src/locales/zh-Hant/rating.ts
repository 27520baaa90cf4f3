import type { LocaleTable } from '../../resource.js';

/** yz-rating: 好差评, five levels, reason tags per level (ids from RATING_TAGS), optional comment. */
const rating: LocaleTable = {
  legend: '您對本次服務滿意嗎？',
  voluntary: '評價是自願的，不影響辦理。',
  levels: {
    '1': '非常不滿意',
    '2': '不滿意',
    '3': '基本滿意',
    '4': '滿意',
    '5': '非常滿意',
  },
  tagsLegend: '主要原因（可多選）',
  tagsLegendRequired: '不滿意的原因（至少選一項）',
  tags: {
    'clear-guide': '辦事指南清楚',
    fast: '辦理速度快',
    'helpful-staff': '工作人員熱情專業',
    'one-trip': '最多跑一次',
    'easy-to-use': '操作簡單方便',
    'answer-helpful': '答覆解決了問題',
    'could-be-faster': '速度還可以更快',
    'guide-partly-unclear': '指南有些地方不清楚',
    'long-queue': '排隊時間較長',
    'answer-partly-helpful': '答覆部分解決了問題',
    'slow-reply': '答覆太慢',
    'unclear-materials': '材料要求說不清',
    'too-many-trips': '來回跑了多次',
    'rude-staff': '服務態度不好',
    'system-hard-to-use': '系統不好用',
    'answer-unhelpful': '答覆沒有解決問題',
    overdue: '超過承諾時限',
    'fee-unclear': '收費不明確',
  },
  rectificationNote: '「不滿意」和「非常不滿意」的評價會轉為整改工單，由工作人員核實、整改並回覆。',
  comment: {
    label: '其他意見（選填）',
    remaining_other: '還可以輸入 {{count}} 個字',
    over_other: '超出 {{count}} 個字',
  },
  submit: '提交評價',
  dismiss: '不用了，謝謝',
  errors: {
    levelRequired: '請選擇滿意程度',
    tagsRequired: '請至少選擇一個不滿意的原因',
    commentTooLong: '其他意見不能超過 {{max}} 個字',
    failed: '評價沒有提交成功，請稍後再試。',
  },
  status: {
    queued: '評價已保存在本設備，正在準備發送…',
    sending: '正在發送評價…',
    retrying: '網絡不穩定，正在自動重新發送評價…',
    offline: '評價已保存在本設備，恢復網絡後會自動發送。',
  },
  done: {
    thanks: '感謝您的評價！',
    rectification: '您的意見已轉為整改工單（編號 {{caseId}}），我們將在 {{date}} 前處理並回覆。',
    already: '您已經評價過了，感謝您的反饋。',
    dismissed: '好的，不評價也不影響辦理。',
  },
};

export default rating;
