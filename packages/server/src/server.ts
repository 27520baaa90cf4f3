import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { CatalogueIndex } from './catalogue/catalogue-index.js';
import { ensureBootstrapAdmin, ensureDemoAccounts, type InitialAccount } from './console/accounts.js';
import { resolveConfig, type ResolvedConfig, type ServerConfig } from './config.js';
import { buildApp } from './http/app.js';
import { CounterBuffer } from './counter-buffer.js';
import { purgeExpired } from './purge.js';
import { openStorage } from './storage/index.js';
import type { PurgeResult, Storage } from './storage/types.js';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface YizhanServer {
  app: FastifyInstance;
  storage: Storage;
  config: ResolvedConfig;
  /**
   * Accounts created by this start on an empty staff table (the demo admin and agent, or the
   * bootstrap admin), with their generated passwords: print them once; they are not kept.
   */
  initialAccounts: InitialAccount[] | null;
  /** Run the retention purge now. */
  purge(): Promise<PurgeResult>;
  /** Write buffered demand counters now (they are otherwise written every `eventFlushMs`). */
  flushEvents(): Promise<void>;
  /** Stop accepting requests, let running ones finish, stop the purge timer, close the database. */
  close(): Promise<void>;
}

export interface RunningServer extends YizhanServer {
  /** `http://host:port` the server listens on. */
  url: string;
}

/** Open the database (running its migrations), load the catalogue and build the application. */
export async function createServer(input: ServerConfig = {}): Promise<YizhanServer> {
  const server = await buildServer(input);
  return { ...server, initialAccounts: await server.createInitialAccounts() };
}

/**
 * The server without its first accounts, and the step that creates them: `startServer` takes it
 * only once it listens, so a start that fails (the port is taken) leaves no accounts whose
 * one-time passwords nobody saw.
 */
async function buildServer(
  input: ServerConfig,
): Promise<Omit<YizhanServer, 'initialAccounts'> & { createInitialAccounts(): Promise<InitialAccount[] | null> }> {
  const config = resolveConfig(input);
  const ownsStorage = !input.storage;
  const storage =
    input.storage ??
    openStorage(config.db, { sqliteSynchronous: config.sqliteSynchronous, postgresPoolSize: config.postgresPoolSize });
  try {
    if (ownsStorage) await storage.migrate();
    const catalogue = config.bundleDir ? CatalogueIndex.load(config.bundleDir) : CatalogueIndex.empty();
    const createInitialAccounts = async () =>
      config.demo
        ? ensureDemoAccounts(storage, catalogue, config.now())
        : config.bootstrapAdmin
          ? ensureBootstrapAdmin(storage, config.bootstrapAdmin, config.now())
          : null;
    const counters = config.eventFlushMs > 0 ? new CounterBuffer(storage, config.eventFlushMs) : null;
    const app = await buildApp({ config, storage, catalogue, version: VERSION, counters });
    const purge = () => purgeExpired(storage, config.retentionDays, config.now());
    const purgeLogged = () =>
      purge().then(
        () => undefined,
        (error: Error) => console.error(`[yizhan] retention purge failed: ${error.message}`),
      );
    const timer =
      config.purgeIntervalMinutes > 0
        ? setInterval(() => void purgeLogged(), config.purgeIntervalMinutes * 60_000)
        : null;
    timer?.unref();
    // A server that was down for days purges on start, not an interval later.
    const firstPurge = timer ? purgeLogged() : null;
    let closed: Promise<void> | null = null;
    return {
      app,
      storage,
      config,
      createInitialAccounts,
      purge,
      flushEvents: async () => counters?.flush(),
      close: () =>
        (closed ??= (async () => {
          if (timer) clearInterval(timer);
          await firstPurge;
          await app.close();
          // Counts still in memory are written before the database closes.
          await counters?.close();
          if (ownsStorage) await storage.close();
        })()),
    };
  } catch (error) {
    if (ownsStorage) await storage.close().catch(() => undefined);
    throw error;
  }
}

/** `createServer` and listen; `port: 0` picks a free port (tests). */
export async function startServer(input: ServerConfig = {}): Promise<RunningServer> {
  const { createInitialAccounts, ...server } = await buildServer(input);
  let initialAccounts: InitialAccount[] | null;
  try {
    // A burst of kiosks and portals opening connections at once must not overflow the accept queue.
    await server.app.listen({ port: server.config.port, host: server.config.host, backlog: 4096 });
    initialAccounts = await createInitialAccounts();
  } catch (error) {
    await server.close();
    throw error;
  }
  const address = server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : server.config.port;
  const host = server.config.host.includes(':') ? `[${server.config.host}]` : server.config.host;
  return { ...server, initialAccounts, url: `http://${host}:${port}` };
}
