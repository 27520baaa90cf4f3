import type { FastifyRequest } from 'fastify';
import type { TFunction } from '@yizhan/i18n';
import type { ResolvedConfig } from '../config.js';
import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { Storage } from '../storage/types.js';
import type { CounterBuffer } from '../counter-buffer.js';
import { translator } from './language.js';

/** What every route needs, passed explicitly rather than hung on the Fastify instance. */
export interface ServerContext {
  config: ResolvedConfig;
  storage: Storage;
  catalogue: CatalogueIndex;
  version: string;
  /** Write-behind counters for keyless demand events; null when events are written at once. */
  counters: CounterBuffer | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Language of this request's messages (Accept-Language, or the console's choice). */
    lang: string;
  }
}

export function tOf(request: FastifyRequest): TFunction {
  return translator(request.lang);
}
