import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { TFunction } from '@yizhan/i18n';
import { problem, type MessageContext, type Problem } from '../problems.js';

/**
 * Files people keep by hand (lists, query files). A pretty-printed list of 10,000 items with full
 * handling guides is about 50 MB (the 10k benchmark), far beyond any real list; anything larger
 * is not one.
 */
export const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 * 1024;

export interface ReadTextOptions {
  t: TFunction;
  maxBytes?: number;
  /** Shown in messages instead of the path (the CLI shows what the user typed). */
  displayName?: string;
  /**
   * A check on the path alone (its extension, say), run after the directory check and before a
   * byte is read: a spreadsheet given by mistake is named as one, not as binary.
   */
  check?: (ctx: MessageContext) => Problem | undefined;
}

export interface ReadTextResult {
  /** The decoded text, without a byte order mark; absent when there is a problem. */
  text?: string;
  problems: Problem[];
}

export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Line number (1-based) of a byte offset, for pointing at the first bad byte. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Strict (RFC 3629): overlong forms, encoded
 * surrogates and code points past U+10FFFF are errors, because a decoder would otherwise turn
 * them into U+FFFD without a word.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    // Allowed range of the second byte; later continuation bytes are always 80..BF.
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Read a UTF-8 text file that a person keeps, with every guard such a file needs: a directory or a
 * missing file named as such, the size limit before reading, then UTF-16, binary and
 * non-UTF-8 detection with the line of the first bad byte. Never throws for bad input; problems
 * come back localized. An empty file is empty text: what that means is the caller's to say.
 */
export async function readTextFile(path: string, options: ReadTextOptions): Promise<ReadTextResult> {
  const ctx: MessageContext = { t: options.t, file: options.displayName ?? path };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  let info: Stats | undefined;
  let failure: unknown;
  try {
    info = await stat(path);
  } catch (error) {
    failure = error;
  }
  // A directory is named as one whatever its name looks like (a folder called `lists.v2`).
  if (info?.isDirectory()) return { problems: [problem(ctx, '', 'file.directory')] };
  const refused = options.check?.(ctx);
  if (refused) return { problems: [refused] };
  if (!info) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problems: [problem(ctx, '', 'file.notFound')] };
    return { problems: [problem(ctx, '', 'file.unreadable', { detail: code ?? String(failure) })] };
  }
  if (!info.isFile()) return { problems: [problem(ctx, '', 'file.unreadable', { detail: 'not a regular file' })] };
  const size = info.size;
  if (size > maxBytes) {
    return { problems: [problem(ctx, '', 'file.tooLarge', { size: humanBytes(size), limit: humanBytes(maxBytes) })] };
  }
  if (size === 0) return { text: '', problems: [] };
  const bytes = new Uint8Array(size);
  const handle = await open(path, 'r');
  try {
    await handle.read(bytes, 0, size, 0);
  } finally {
    await handle.close();
  }
  // Excel's “Unicode text” is UTF-16 with a byte order mark; saying “binary” would mislead.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [problem(ctx, '', 'file.utf16')] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problems: [problem(ctx, String(lineOfOffset(bytes, nul)), 'file.binary')] };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) return { problems: [problem(ctx, String(lineOfOffset(bytes, bad)), 'file.invalidUtf8')] };
  // The decoder drops a leading byte order mark (ignoreBOM is false by default).
  return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
}
