import type { LocaleTable } from '../../resource.js';

const cli: LocaleTable = {
  usage:
    "Usage: yizhan <command> [options]\n\nCommands:\n  validate <file...>                     check list files (.json or .csv)\n  build <list...> --out <dir>            resolve overlays and write a bundle\n      [--built-at <time>]                fixed build time (or SOURCE_DATE_EPOCH)\n  search <bundle-dir> [query] [--queries <file>] [--limit N] --json\n  keygen --out <prefix>                  create an Ed25519 key pair\n  sign <bundle-dir> --key <private-key>  sign a bundle\n  verify <bundle-dir> --key <public-key> check a bundle's hashes and signature\n  serve [--port 8787] [--db <file or postgres:// URL>] [--bundle <dir>]\n\nCommon options:\n  --lang zh-CN|zh-Hant|en|ja language of messages (default: from LANG)\n  --help              show this help",
  unknownCommand: 'Unknown command “{{command}}”. Run yizhan --help for usage.',
  missingArg: 'Missing argument: {{arg}}',
  badOption: 'Invalid value for {{option}}: {{value}}',
  unknownOption: 'Unknown option {{option}}',
  missingValue: 'Option {{option}} needs a value',
  noValue: 'Option {{option}} takes no value',
  valid_one: '{{count}} file is valid.',
  valid_other: '{{count}} files are valid.',
  problems_one: '{{count}} problem found.',
  problems_other: '{{count}} problems found.',
  warnings_one: '{{count}} warning (does not stop the build).',
  warnings_other: '{{count}} warnings (do not stop the build).',
  warningsSign_one: '{{count}} warning (does not stop signing).',
  warningsSign_other: '{{count}} warnings (do not stop signing).',
  warningsVerify_one: '{{count}} warning (does not fail verification).',
  warningsVerify_other: '{{count}} warnings (do not fail verification).',
  built: 'Bundle written to {{dir}}',
  builtSummary:
    'Catalogue {{version}}: {{items}} service items, {{outlets}} outlets, {{withdrawn}} withdrawn; chain {{chain}}',
  builtFile: '  {{file}}  {{size}}  sha256 {{sha}}',
  buildFailed: 'Validation failed; nothing was written.',
  signed: 'Signed {{dir}} with key {{keyId}}',
  verified: 'Verified: {{files}} file hashes match and the signature is valid (key {{keyId}})',
  verifiedUnsigned: 'File hashes match (the manifest is not signed)',
  verifiedNotChecked:
    'File hashes match; the manifest is signed with key {{keyId}}; the signature was not checked (give --key)',
  keyExists: '{{file}} already exists; nothing was written (choose another --out prefix)',
  keygen: 'Key pair written: private key {{private}} (keep it safe), public key {{public}} (key id {{keyId}})',
  searchUnavailable: 'This bundle has no search index (search-index.json); rebuild it with a current yizhan build',
  bundleNotFound: 'Bundle directory not found: {{dir}} ({{detail}})',
  searchIndexInvalid: 'The search index cannot be read: {{detail}}. Rebuild it with a current yizhan build',
  searchHeader_one: '“{{query}}”: {{count}} result',
  searchHeader_other: '“{{query}}”: {{count}} results',
  searchNoResults: '  Nothing relevant found',
  searchRow: '  {{rank}}. {{name}}  [{{id}}]  {{field}}  {{score}}',
  searchField: {
    name: 'name',
    synonym: 'synonym',
    summary: 'summary',
    category: 'category',
    code: 'implementation code',
    outlet: 'outlet',
  },
  serveStarted: 'Intake server listening on {{url}}',
  internalError: 'Could not finish: {{detail}}',
};

export default cli;
