import { parseArgs } from 'node:util';
import { i18nFor } from '@yizhan/i18n/node';
import { EXIT, UsageError, type CommandContext } from './context.js';

/** Language from --lang, else from the POSIX locale variables; C/POSIX means English. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  const posix = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  if (!posix) return 'zh-CN';
  if (/^(C|POSIX)([.@]|$)/.test(posix)) return 'en';
  return posix.split(/[.@]/)[0]!.replace('_', '-');
}

const OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string', short: 'o' },
  key: { type: 'string' },
  queries: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  bundle: { type: 'string' },
  'built-at': { type: 'string' },
} as const;

/** Each option that takes a value, as it may be typed (`--out`, `-o`), with its long form. */
const TAKES_VALUE = new Map<string, string>();
for (const [name, option] of Object.entries(OPTIONS)) {
  if (option.type !== 'string') continue;
  TAKES_VALUE.set(`--${name}`, `--${name}`);
  if ('short' in option) TAKES_VALUE.set(`-${option.short}`, `--${name}`);
}

/**
 * parseArgs reads `--limit -1` as an option without its value followed by a flag `-1`, and the
 * user would be told the value is missing. A negative number after an option that takes a value
 * is that value; joined as `--limit=-1` it is then checked like any other value.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const long = TAKES_VALUE.get(arg);
    const next = argv[i + 1];
    if (long && next !== undefined && /^-\d/.test(next)) {
      out.push(`${long}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export async function run(
  argv: string[],
  io: { out: (line: string) => void; err: (line: string) => void } = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='));
  const lang = pickLanguage(langFlag?.replace(/^--lang=/, ''), env);
  const i18n = i18nFor(lang);
  const ctx: CommandContext = { t: i18n.t.bind(i18n), lang: i18n.language, env, ...io };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    ctx.err(argumentError(error as NodeJS.ErrnoException, ctx));
    ctx.err(ctx.t('cli:usage'));
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command || command === 'help') {
    (command || values.help ? ctx.out : ctx.err)(ctx.t('cli:usage'));
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    // Each command loads its own modules: `validate` should not have to start (or even load)
    // the intake server and its database drivers, nor the search engine.
    switch (command) {
      case 'validate':
        return await (await import('./commands/validate.js')).validate(args, ctx);
      case 'build':
        return await (
          await import('./commands/build.js')
        ).build(args, { out: values.out, builtAt: values['built-at'] }, ctx);
      case 'keygen':
        return await (await import('./commands/signing.js')).keygen(values.out, ctx);
      case 'sign':
        return await (await import('./commands/signing.js')).sign(args[0], values.key, ctx);
      case 'verify':
        return await (await import('./commands/signing.js')).verify(args[0], values.key, ctx);
      case 'search':
        // Words after the bundle are one query; an empty one ("") is still a query, answered
        // like "   " is, so every query given gets its line.
        return await (
          await import('./commands/search.js')
        ).search(args[0], args.length > 1 ? args.slice(1).join(' ') : undefined, values, ctx);
      case 'serve':
        return await (await import('./commands/serve.js')).serve(values, ctx);
      default:
        ctx.err(ctx.t('cli:unknownCommand', { command }));
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(error.message);
      ctx.err(ctx.t('cli:usage'));
      return EXIT.usage;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message ?? String(error);
    // Node's system errors already start with their code ("ENOTDIR: not a directory, …").
    const detail = code && !message.startsWith(code) ? `${code}: ${message}` : message;
    ctx.err(ctx.t('cli:internalError', { detail }));
    if (env['YIZHAN_DEBUG']) ctx.err(String((error as Error).stack));
    return EXIT.usage;
  }
}

/**
 * parseArgs explains itself in English and names options as "-o, --out <value>"; say the same
 * thing in the reader's language, about the option as the user typed it.
 */
function argumentError(error: NodeJS.ErrnoException, ctx: CommandContext): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return ctx.t(/does not take/.test(error.message) ? 'cli:noValue' : 'cli:missingValue', { option });
  }
  return ctx.t('cli:unknownOption', { option: option || error.message });
}

const invokedDirectly = process.argv[1] && /(main\.ts|yizhan(\.mjs)?)$/.test(process.argv[1]);
if (invokedDirectly) {
  process.exitCode = await run(process.argv.slice(2));
}
