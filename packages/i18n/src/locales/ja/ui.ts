import type { LocaleTable } from '../../resource.js';

/** Strings every widget shares: loading and error states, common actions. */
const ui: LocaleTable = {
  loading: '読み込み中…',
  retry: '再試行',
  close: '閉じる',
  back: '戻る',
  print: '印刷',
  share: '共有',
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました',
  showQr: 'QRコードを表示',
  qrLabel: 'スマートフォンでQRコードを読み取ると、続きをスマートフォンで見られます',
  offlineNotice: 'オフラインです。{{date}} に保存したサービス一覧を表示しています',
  updatedNotice: 'サービス一覧が更新されました',
  error: {
    offline:
      'ネットワークに接続できません。この端末にはまだサービス一覧が保存されていません。ネットワークに接続してから再試行してください。',
    http: 'サービス一覧を読み込めませんでした（サーバーの応答：{{status}}）。しばらくしてから再試行してください。',
    integrity:
      'ダウンロードしたサービス一覧が不完全か改変されていたため、使用を中止しました。しばらくしてから再試行してください。',
    format: 'このサービス一覧の形式には対応していません。サイト管理者にお問い合わせください。',
    'not-found': 'サービス一覧が見つかりません。サイト管理者にアドレス {{src}} の確認を依頼してください。',
    unknown: 'サービス一覧を読み込めませんでした。しばらくしてから再試行してください。',
    noSource:
      'コンポーネントに src 属性または catalogue データがありません。サイト管理者に埋め込みコードの確認を依頼してください。',
  },
  elderlyOn: '文字を大きく',
  elderlyOff: '標準の文字',
  language: '言語',
  sampleData: 'サンプルデータ',
  externalLink: '（新しいウィンドウで開きます）',
};

export default ui;
