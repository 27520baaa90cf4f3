/**
 * `pnpm bench:server`: requests per second and p99 latency of submissions and demand events,
 * SQLite (synchronous FULL, the default, and NORMAL) beside PostgreSQL, measured with
 * autocannon against 127.0.0.1 for a bounded time. Figures only: nothing here passes or fails.
 *   YIZHAN_BENCH_SECONDS   seconds per scenario (default 10)
 *   YIZHAN_BENCH_PG_URL    PostgreSQL to use (default YIZHAN_TEST_PG_URL; skipped when neither)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon, { type Request as AutocannonRequest } from 'autocannon';
import pg from 'pg';

const SECONDS = Number(process.env['YIZHAN_BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 20;
const PG_URL = process.env['YIZHAN_BENCH_PG_URL'] ?? process.env['YIZHAN_TEST_PG_URL'];
const CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url));

const consultation = JSON.stringify({
  topic: 'trademark',
  channel: 'web',
  locale: 'zh-CN',
  question: '商标快到期了，续展需要准备哪些材料？',
  contact: { name: '王女士', mobile: '13800138000' },
  replyChannel: 'sms',
  // The server takes consent times near its own clock only.
  consent: { noticeVersion: '2025-01', acceptedAt: new Date().toISOString() },
});
const events = JSON.stringify({
  events: [
    ...['商标续展', '专利年费', '质押登记', '天气预报', '地理标志'].map((query, i) => ({
      type: 'search',
      query,
      resultCount: i === 3 ? 0 : 4,
      channel: 'web',
    })),
    ...Array.from({ length: 5 }, () => ({ type: 'view', itemId: 'tm-renewal', channel: 'kiosk' })),
  ],
});

interface Figures {
  rps: number;
  p99: number;
  failures: number;
}

async function startChild(db: string, sync: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, sync], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

async function load(url: string, path: string, body: string, keyed: boolean): Promise<Figures> {
  const result = await autocannon({
    url: `${url}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // Every submission is a new one: a fresh Idempotency-Key per request.
    ...(keyed
      ? {
          requests: [
            {
              setupRequest: (request: AutocannonRequest) => ({
                ...request,
                headers: { ...request.headers, 'idempotency-key': randomUUID() },
              }),
            },
          ],
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

async function measure(name: string, db: string, sync: string): Promise<Record<string, Figures>> {
  const { child, url } = await startChild(db, sync);
  try {
    process.stderr.write(`  ${name}: submissions…\n`);
    const submissions = await load(url, '/v1/consultations', consultation, true);
    process.stderr.write(`  ${name}: events…\n`);
    const demand = await load(url, '/v1/events', events, false);
    return { 'POST /v1/consultations': submissions, 'POST /v1/events (10 per batch)': demand };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

async function main() {
  const columns: [string, Record<string, Figures> | string][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'yizhan-bench-'));
  try {
    process.stderr.write(`yizhan server benchmark: ${SECONDS} s per scenario, ${CONNECTIONS} connections\n`);
    columns.push(['SQLite FULL', await measure('SQLite, synchronous=FULL', join(dir, 'full.sqlite'), 'full')]);
    columns.push(['SQLite NORMAL', await measure('SQLite, synchronous=NORMAL', join(dir, 'normal.sqlite'), 'normal')]);
    if (PG_URL) {
      const schema = `yz_bench_${randomBytes(4).toString('hex')}`;
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      try {
        columns.push(['PostgreSQL', await measure('PostgreSQL', url.toString(), 'full')]);
      } finally {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    } else {
      columns.push(['PostgreSQL', 'skipped: set YIZHAN_BENCH_PG_URL (or YIZHAN_TEST_PG_URL)']);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const scenarios = ['POST /v1/consultations', 'POST /v1/events (10 per batch)'];
  const rows: string[][] = [['scenario', ...columns.flatMap(([name]) => [`${name} req/s`, `${name} p99`])]];
  for (const scenario of scenarios) {
    rows.push([
      scenario,
      ...columns.flatMap(([, figures]) => {
        if (typeof figures === 'string') return ['skipped', ''];
        const f = figures[scenario]!;
        return [`${f.rps.toFixed(0)}${f.failures ? ` (${f.failures} failed)` : ''}`, `${f.p99.toFixed(1)} ms`];
      }),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(
    `\nnode ${process.versions.node}, ${availableParallelism()} CPUs, ${SECONDS} s × ${CONNECTIONS} connections each`,
  );
  for (const row of rows) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  }
  for (const [name, figures] of columns) if (typeof figures === 'string') console.log(`${name}: ${figures}`);
}

await main();
