/** The intake server as the console specs start it: loopback, a throwaway SQLite file, a small catalogue. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerConfig } from '../src/index.js';

export async function startConsoleServer(
  name: string,
  catalogue: { items: unknown[]; outlets: unknown[] },
  config: ServerConfig = {},
): Promise<{ intake: RunningServer; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), `yz-${name}-`));
  writeFileSync(join(dataDir, 'catalogue.json'), JSON.stringify(catalogue));
  const intake = await startServer({
    host: '127.0.0.1',
    port: 0,
    db: join(dataDir, 'intake.sqlite'),
    bundleDir: dataDir,
    cookieSecure: false,
    rateLimit: false,
    purgeIntervalMinutes: 0,
    ...config,
  });
  return { intake, dataDir };
}
