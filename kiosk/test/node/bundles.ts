import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_VERSION, type Catalogue } from '@yizhan/catalogue';
import { generateSigningKeys, signBundle, writeBundle } from '@yizhan/catalogue/node';
import { i18nFor } from '@yizhan/i18n/node';

export const t = i18nFor('en').t;

export async function tempDir(prefix = 'yz-kiosk-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export const keys = generateSigningKeys();
export const otherKeys = generateSigningKeys();

/** A small signed bundle: a catalogue with one item name, and a search index. */
export async function makeBundle(
  dir: string,
  version: string,
  builtAt: string,
  privatePem: string | null = keys.privatePem,
): Promise<string> {
  const catalogue = {
    formatVersion: FORMAT_VERSION,
    catalogueVersion: version,
    builtAt,
    publisher: { name: { 'zh-CN': '测试市知识产权局' }, level: 'municipal' },
    lists: [],
    items: [],
    outlets: [],
    regions: [],
    withdrawn: [],
  } as unknown as Catalogue;
  await writeBundle(dir, catalogue, [
    { path: 'search-index.json', content: JSON.stringify({ version, terms: ['专利'] }) },
  ]);
  if (privatePem) {
    const { problems } = await signBundle(dir, privatePem, t);
    if (problems.some((p) => p.severity === 'error')) throw new Error(problems.map((p) => p.message).join('; '));
  }
  return dir;
}

export interface ServedFile {
  body: Uint8Array;
  /** Close the stream after this many bytes with an error (a dropped connection). */
  dropAfter?: number;
  status?: number;
}

/**
 * A fetch over a bundle directory, like a static web server, with hooks to misbehave: replace a
 * file's bytes, cut a body short, answer with an error status.
 */
export function serveDir(
  dir: string,
  base: string,
  tamper: (path: string, file: ServedFile) => ServedFile = (_p, f) => f,
): { fetch: (url: string) => Promise<Response>; requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    fetch: async (url: string) => {
      requests.push(url);
      const path = url.slice(base.length);
      let body: Uint8Array;
      try {
        body = await readFile(join(dir, ...path.split('/')));
      } catch {
        return new Response('not found', { status: 404 });
      }
      const file = tamper(path, { body });
      if (file.status) return new Response('error', { status: file.status });
      const bytes = file.body;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          if (file.dropAfter !== undefined) {
            controller.enqueue(bytes.slice(0, file.dropAfter));
            controller.error(new Error('connection reset'));
          } else {
            controller.enqueue(bytes);
            controller.close();
          }
        },
      });
      return new Response(stream, { status: 200 });
    },
  };
}
