/**
 * A server in its own process, for the crash test: `node --import tsx child-server.ts <db>`.
 * Prints one JSON line `{"url": "…"}` once it listens. Rate limits are off: the load comes
 * from one address on purpose.
 */
import { startServer } from '../../src/index.js';

const db = process.argv[2];
if (!db) throw new Error('usage: child-server.ts <db>');
const server = await startServer({ port: 0, host: '127.0.0.1', db, rateLimit: false, purgeIntervalMinutes: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
