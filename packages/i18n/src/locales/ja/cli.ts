import type { LocaleTable } from '../../resource.js';

const cli: LocaleTable = {
  usage:
    '使い方：yizhan <コマンド> [オプション]\n\nコマンド：\n  validate <ファイル...>                 リストファイル（.json または .csv）を検証\n  build <リスト...> --out <フォルダー>   オーバーレイを統合してデータパッケージを生成\n      [--built-at <日時>]                ビルド日時を固定（SOURCE_DATE_EPOCH でも可）\n  search <パッケージ> [検索語] [--queries <ファイル>] [--limit N] --json\n  keygen --out <接頭辞>                  Ed25519 の鍵ペアを生成\n  sign <パッケージ> --key <秘密鍵>       データパッケージに署名\n  verify <パッケージ> --key <公開鍵>     データパッケージのハッシュと署名を検証\n  serve [--port 8787] [--db <ファイルまたは postgres:// URL>] [--bundle <フォルダー>]\n\n共通オプション：\n  --lang zh-CN|zh-Hant|en|ja 表示言語（既定値は環境変数 LANG から）\n  --help              このヘルプを表示',
  unknownCommand: '不明なコマンド「{{command}}」です。使い方は yizhan --help で確認できます。',
  missingArg: '引数が不足しています：{{arg}}',
  badOption: 'オプション {{option}} の値が無効です：{{value}}',
  unknownOption: '不明なオプション {{option}}',
  missingValue: 'オプション {{option}} には値が必要です',
  noValue: 'オプション {{option}} は値を取りません',
  valid_other: '{{count}} 個のファイルの検証に成功しました。',
  problems_other: '{{count}} 件の問題が見つかりました。',
  warnings_other: '{{count}} 件の注意（ビルドには影響しません）。',
  warningsSign_other: '{{count}} 件の注意（署名には影響しません）。',
  warningsVerify_other: '{{count}} 件の注意（検証結果には影響しません）。',
  built: 'データパッケージ {{dir}} を生成しました',
  builtSummary:
    'リストのバージョン {{version}}：サービス {{items}} 件、サービス窓口 {{outlets}} か所、取り下げ {{withdrawn}} 件。継承チェーン {{chain}}',
  builtFile: '  {{file}}  {{size}}  sha256 {{sha}}',
  buildFailed: '検証に失敗したため、ファイルは書き込んでいません。',
  signed: '鍵 {{keyId}} で {{dir}} に署名しました',
  verified: '検証に成功しました：{{files}} 個のファイルのハッシュが一致し、署名は有効です（鍵 {{keyId}}）',
  verifiedUnsigned: 'ファイルのハッシュは一致しています（マニフェストは未署名）',
  verifiedNotChecked:
    'ファイルのハッシュは一致しています。マニフェストは鍵 {{keyId}} で署名されていますが、署名は検証していません（--key で公開鍵を指定してください）',
  keyExists: '{{file}} はすでに存在するため、何も書き込んでいません（別の --out 接頭辞を指定してください）',
  keygen: '鍵ペアを生成しました：秘密鍵 {{private}}（大切に保管してください）、公開鍵 {{public}}（鍵 ID {{keyId}}）',
  searchUnavailable:
    'このデータパッケージには検索インデックス（search-index.json）がありません。新しい yizhan build で生成し直してください',
  bundleNotFound: 'データパッケージのフォルダー {{dir}} が見つかりません（{{detail}}）',
  searchIndexInvalid: '検索インデックスを読み込めません：{{detail}}。新しい yizhan build で生成し直してください',
  searchHeader_other: '「{{query}}」：{{count}} 件',
  searchNoResults: '  該当なし',
  searchRow: '  {{rank}}. {{name}}  [{{id}}]  {{field}}  {{score}}',
  searchField: {
    name: '名称',
    synonym: '別名',
    summary: '概要',
    category: '分類',
    code: '実施コード',
    outlet: 'サービス窓口',
  },
  serveStarted: '受付サーバーを起動しました：{{url}}',
  internalError: '完了できませんでした：{{detail}}',
};

export default cli;
