/**
 * The server under load, in its own process so the load generator does not share its event
 * loop: `serve-child.ts <db> <full|normal>`. Prints `{"url": …}` when listening.
 */
import { startServer } from '../src/index.js';

const [db, sync] = process.argv.slice(2);
if (!db) throw new Error('usage: serve-child.ts <db> [full|normal]');
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  db,
  rateLimit: false,
  purgeIntervalMinutes: 0,
  sqliteSynchronous: sync === 'normal' ? 'normal' : 'full',
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
