import type { LocaleTable } from '../../resource.js';

/** yz-consult-form: the consultation form, its checks, the check-your-answers step and the receipt. */
const consult: LocaleTable = {
  title: 'オンライン相談',
  intro: '職員が約束した期限内に回答します。* の付いた項目は必須です。',
  optional: '（任意）',
  continue: '次へ：内容の確認',
  topic: {
    label: '相談の分類',
    hint: 'ご質問に最も関係する業務を選んでください',
    placeholder: '選択してください',
  },
  item: {
    label: '関連するサービス',
    hint: '名称、キーワード、ピンインの頭文字で検索できます（例：「商標」「sbxz」）',
    clear: '選択したサービスを解除',
    selected: '選択中：{{name}}',
    noResults: '該当するサービスが見つかりません。選ばなくてもかまいません',
    results_other: '{{count}} 件見つかりました。上下の矢印キーで選べます',
    unavailable: 'サービス一覧は現在利用できません。サービスを選ばずに相談できます',
  },
  question: {
    label: 'ご質問',
    hint: '手続きたい内容と状況を具体的に書いてください。身分証番号や銀行カード番号など、質問に関係のない個人情報は書かないでください。',
    remaining_other: 'あと {{count}} 文字入力できます',
    over_other: '{{count}} 文字超えています',
  },
  name: {
    label: 'お名前',
    hint: '例：王さん',
  },
  mobile: {
    label: '携帯電話番号',
    hint: 'SMS または電話での回答に使います。11 桁の数字',
  },
  email: {
    label: 'メールアドレス',
    hint: '入力すると、メールでの回答を選べます',
  },
  replyChannel: {
    legend: 'ご希望の回答方法',
    sms: 'SMS',
    phone: '電話',
    email: 'メール',
  },
  notice: {
    // The version is sent with the consent: it names the zh-CN notice this text translates.
    version: '2025-01',
    title: '個人情報の取扱いについて',
    purpose: '利用目的：ご記入の質問と連絡先は、今回の相談への回答とサービスの改善にのみ使い、それ以外には使いません。',
    readers: '閲覧する人：相談を受け付けた知識産権公共サービス機関の職員。',
    retention_other:
      '保存期間：送信日から {{count}} 日間保存し、期間が過ぎると連絡先などの個人情報を削除します。個人情報を含まない統計データのみ残ります。',
    rights:
      'お客様の権利：相談番号とこの端末に保存された確認コードで、いつでも個人情報の閲覧、書き出し、削除ができます。',
    draft: '送信するまで、入力内容はこの端末にのみ保存され、送信後に自動で消去されます。',
  },
  consent: {
    label: '上記の説明を読み、この説明に従って個人情報が取り扱われることに同意します',
  },
  spamTrap: 'ウェブサイト（空欄のままにしてください）',
  errors: {
    summaryTitle: '次の項目を修正してください',
    prefix: 'エラー：',
    topicRequired: '相談の分類を選んでください',
    questionRequired: 'ご質問を入力してください',
    questionTooShort: 'ご質問が短すぎます。{{min}} 文字以上で書いてください',
    questionTooLong: 'ご質問は {{max}} 文字以内にしてください',
    nameTooLong: 'お名前は {{max}} 文字以内にしてください',
    consentRequired: '個人情報の取扱いについての説明を読み、同意にチェックを入れてから送信してください',
    itemUnknown: '選択したサービスは一覧にありません。選び直すか、選択を解除してください',
  },
  check: {
    title: '相談内容の確認',
    intro: '内容に誤りがなければ送信してください。修正する場合は「修正」を押してください。',
    change: '修正',
    submit: 'この内容で送信',
    back: '戻って修正',
    notGiven: '未入力',
    notSelected: '未選択',
    consentGiven: '同意済み（説明の版 {{version}}）',
  },
  status: {
    title: '送信中',
    rateLimited_other:
      '送信が混み合っています。約 {{count}} 分後に自動で再送信しますので、重ねて送信しないでください。',
    queued: 'この端末に保存しました。送信の準備をしています…',
    sending: '送信しています…',
    retrying: 'ネットワークが不安定なため、自動で再送信しています。しばらくお待ちください…',
    offline:
      'この端末に保存しました。現在ネットワークに接続されていません。接続が回復すると自動で 1 回だけ送信されますので、重ねて送信しないでください。このページを閉じても失われず、次に開いたときに送信を続けます。',
    sent: '送信しました',
    resumed: '前回送信した相談がまだ届いていないため、送信を続けています…',
  },
  server: {
    validation: '送信内容に問題があります。案内に従って修正し、もう一度送信してください',
    payload_too_large: '内容が長すぎるため送信できません。ご質問を短くしてもう一度送信してください。',
    forbidden_origin: 'このウェブサイトからの相談の送信はまだ許可されていません。サイト管理者にお問い合わせください。',
    unsupported_media_type: '送信形式に対応していません。サイト管理者にお問い合わせください。',
    conflict: 'この相談はすでに送信されています。',
    idempotency_conflict: 'この相談はすでに送信されています。',
    internal:
      'サーバーで一時的な問題が発生しました。しばらくしてからもう一度送信してください。入力内容は失われません。',
    unknown: '送信できませんでした。しばらくしてからもう一度送信してください。入力内容は失われません。',
    retry: 'もう一度送信',
  },
  done: {
    title: '相談を受け付けました',
    reference: '相談番号',
    referenceHint: '番号を控えるか印刷してください。進捗の確認に必要です。',
    due: '{{date}} までに回答します',
    viaSms: '回答は {{mobile}} に SMS で送ります。',
    viaPhone: '職員から {{mobile}} にお電話します。',
    viaEmail: '回答は {{email}} に送ります。',
    print: '受付票を印刷',
    qr: 'スマートフォンでQRコードを読み取ると、進捗を確認できます',
    newQuestion: '別の質問をする',
    ratingTitle: '今回の相談サービスを評価する',
  },
  progress: {
    title: '相談の進捗',
    loading: '照会しています…',
    statusLabel: '対応状況',
    status: {
      received: '受付済み（担当者の割り当て待ち）',
      assigned: '職員が対応しています',
      answered: '回答済み',
      escalated: '担当部門に引き継ぎました',
      closed: '完了',
    },
    due: '回答予定日',
    answer: '回答内容',
    answeredAt: '回答日時：{{date}}',
    rights: '保存されているお客様の情報をすべて書き出すか、そのうちの個人情報を削除できます。',
    export: '自分の情報を書き出す',
    erase: '個人情報を削除',
    eraseConfirm: '削除すると、職員はお名前と連絡先を見られなくなり、ご連絡もできなくなります。削除しますか？',
    eraseYes: '削除する',
    eraseNo: 'キャンセル',
    erased: '個人情報を削除しました。',
    notFound: 'この相談が見つからないか、リンクの確認コードが正しくありません。',
    offline: 'サーバーに接続できません。ネットワークを確認してから再試行してください。',
    failed: '現在、照会できません。しばらくしてから再試行してください。',
    open: '進捗を確認する',
  },
  draft: {
    restored: '{{date}} に入力して未送信だった内容を復元しました。',
    clear: '入力内容を消去',
    cleared: 'この端末に保存されていた内容を消去しました。',
  },
};

export default consult;
