import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zodErrorMap } from '@yizhan/i18n';
import { i18nFor } from '@yizhan/i18n/node';
import { KioskConfig } from './config-schema.js';

/**
 * Reading `kiosk.json`. Every problem names the file and the field, in the operator's language,
 * so a hall technician can fix the file without reading code:
 * `/etc/yizhan/kiosk.json: idleSeconds（空闲超时秒数）: 不能小于 30`.
 */
export interface ConfigProblem {
  file: string;
  /** Dotted path of the field (`allowedOrigins[1]`), empty for the file as a whole. */
  field: string;
  message: string;
}

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

/** Where the config lives unless `YIZHAN_KIOSK_CONFIG` says otherwise. */
export function defaultConfigPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (env['YIZHAN_KIOSK_CONFIG']) return env['YIZHAN_KIOSK_CONFIG'];
  if (platform === 'win32') return join(env['ProgramData'] ?? 'C:\\ProgramData', 'Yizhan', 'kiosk.json');
  if (platform === 'darwin') return '/Library/Application Support/Yizhan/kiosk.json';
  return '/etc/yizhan/kiosk.json';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function parseConfig(text: string, file: string, lang: string): ConfigResult {
  const { t } = i18nFor(lang);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, field: '', message: t('kiosk:config.badJson', { detail: (error as Error).message }) }],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: [{ file, field: '', message: t('kiosk:config.notObject') }] };
  const parsed = KioskConfig.safeParse(data, { error: zodErrorMap(t) });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  }
  // The PEM shape passed; make sure it really is an Ed25519 key, or no bundle will ever verify.
  try {
    const key = createPublicKey(parsed.data.publicKey);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(key.asymmetricKeyType);
  } catch {
    return { ok: false, problems: [{ file, field: 'publicKey', message: t('kiosk:config.publicKey') }] };
  }
  return { ok: true, config: parsed.data };
}

export async function readConfigFile(file: string, lang: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const { t } = i18nFor(lang);
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? t('kiosk:config.notFound')
        : t('kiosk:config.unreadable', { detail: (error as Error).message });
    return { ok: false, problems: [{ file, field: '', message }] };
  }
  return parseConfig(text, file, lang);
}

/** One line per problem, with the field's human name: what the config-error screen and the log show. */
export function formatConfigProblem(problem: ConfigProblem, lang: string): string {
  const { t } = i18nFor(lang);
  if (!problem.field) return t('kiosk:config.fileLine', { file: problem.file, message: problem.message });
  const top = problem.field.split(/[.[]/)[0] ?? problem.field;
  const label = t(`kiosk:config.fields.${top}`, { defaultValue: '' });
  return t(label ? 'kiosk:config.fieldLine' : 'kiosk:config.unknownFieldLine', {
    file: problem.file,
    field: problem.field,
    label,
    message: problem.message,
  });
}
