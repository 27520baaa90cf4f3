import type { LocaleTable } from '../../resource.js';

/** yz-rating: 好差评, five levels, reason tags per level (ids from RATING_TAGS), optional comment. */
const rating: LocaleTable = {
  legend: '今回のサービスにご満足いただけましたか？',
  voluntary: '評価は任意です。手続には影響しません。',
  levels: {
    '5': '非常に満足',
    '4': '満足',
    '3': 'おおむね満足',
    '2': '不満',
    '1': '非常に不満',
  },
  tagsLegend: '主な理由（複数選択可）',
  tagsLegendRequired: '不満の理由（1 つ以上選択）',
  tags: {
    'clear-guide': '手続ガイドがわかりやすい',
    fast: '処理が速い',
    'helpful-staff': '職員が親切で専門的',
    'one-trip': '1 回の来庁で済んだ',
    'easy-to-use': '操作が簡単',
    'answer-helpful': '回答で問題が解決した',
    'could-be-faster': 'もう少し速いとよい',
    'guide-partly-unclear': 'ガイドに一部わかりにくい点がある',
    'long-queue': '待ち時間が長い',
    'answer-partly-helpful': '回答で問題が一部解決した',
    'slow-reply': '回答が遅い',
    'unclear-materials': '必要書類の説明がわかりにくい',
    'too-many-trips': '何度も足を運ぶ必要があった',
    'rude-staff': '応対の態度が悪い',
    'system-hard-to-use': 'システムが使いにくい',
    'answer-unhelpful': '回答で問題が解決しなかった',
    overdue: '約束の期限を過ぎた',
    'fee-unclear': '手数料がわかりにくい',
  },
  rectificationNote: '「不満」と「非常に不満」の評価は改善案件となり、職員が確認して改善し、回答します。',
  comment: {
    label: 'その他のご意見（任意）',
    remaining_other: 'あと {{count}} 文字入力できます',
    over_other: '{{count}} 文字超えています',
  },
  submit: '評価を送信',
  dismiss: '評価しない',
  errors: {
    levelRequired: '満足度を選んでください',
    tagsRequired: '不満の理由を 1 つ以上選んでください',
    commentTooLong: 'その他のご意見は {{max}} 文字以内にしてください',
    failed: '評価を送信できませんでした。しばらくしてからもう一度お試しください。',
  },
  status: {
    queued: '評価をこの端末に保存しました。送信の準備をしています…',
    sending: '評価を送信しています…',
    retrying: 'ネットワークが不安定なため、評価を自動で再送信しています…',
    offline: '評価をこの端末に保存しました。ネットワークが回復すると自動で送信します。',
  },
  done: {
    thanks: '評価をお寄せいただき、ありがとうございました。',
    rectification: 'ご意見は改善案件（番号 {{caseId}}）として登録されました。{{date}} までに対応してご連絡します。',
    already: 'すでに評価をいただいています。ご意見ありがとうございます。',
    dismissed: '承知しました。評価しなくても手続には影響しません。',
  },
};

export default rating;
