import { it, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../cli/src/main.ts', import.meta.url));

/** Run `yizhan serve …` until the console line is printed, optionally stop it with SIGTERM. */
async function serve(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const reader = createInterface({ input: child.stdout! });
  reader.on('line', (line) => lines.push(line));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const ready = new Promise<void>((resolve) => {
    reader.on('line', (line) => {
      if (/\/console\/$/.test(line)) setTimeout(resolve, 50);
    });
  });
  const outcome = await Promise.race([ready.then(() => 'ready' as const), exit.then(() => 'exited' as const)]);
  return {
    lines,
    outcome,
    get stderr() {
      return stderr;
    },
    async stop() {
      child.kill('SIGTERM');
      return exit;
    },
    exit,
  };
}

describe('yizhan serve', () => {
  it('prints where it listens, the first administrator once, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yizhan-serve-'));
    try {
      const db = join(dir, 'intake.sqlite');
      const first = await serve(['--db', db, '--lang', 'en'], { YIZHAN_BOOTSTRAP_ADMIN: 'chief' });
      assert.equal(first.outcome, 'ready');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+) \(SQLite: /.exec(first.lines[0] ?? '')?.[1];
      assert.ok(url, first.lines.join('\n'));
      const health = await fetch(`${url}/v1/health`);
      assert.equal(health.status, 200);
      assert.match(first.lines.join('\n'), /First administrator created/);
      const account = first.lines.find((l) => /^\s+admin\s+chief \/ \S{16}$/.test(l));
      assert.ok(account, 'the generated password is printed');
      const [code] = await first.stop();
      assert.equal(code, 0);
      assert.match(first.lines.join('\n'), /Received SIGTERM[\s\S]*Stopped\./);

      const second = await serve(['--db', db, '--lang', 'zh-CN'], { YIZHAN_BOOTSTRAP_ADMIN: 'chief' });
      assert.equal(second.outcome, 'ready');
      assert.match(second.lines[0] ?? '', /一站受理服务已启动/);
      assert.doesNotMatch(second.lines.join('\n'), /chief \//, 'a password is shown only on the start that created it');
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates the first administrator only once it listens, so a start on a taken port loses no password', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yizhan-serve-'));
    const taken = createNetServer();
    try {
      taken.listen(0, '127.0.0.1');
      await once(taken, 'listening');
      const { port } = taken.address() as AddressInfo;
      const db = join(dir, 'intake.sqlite');
      const failed = await serve(['--db', db, '--lang', 'en', '--port', String(port)], {
        YIZHAN_BOOTSTRAP_ADMIN: 'chief',
      });
      assert.equal(failed.outcome, 'exited');
      assert.notEqual((await failed.exit)[0], 0);
      assert.doesNotMatch(failed.lines.join('\n'), /chief \//);
      const next = await serve(['--db', db, '--lang', 'en'], { YIZHAN_BOOTSTRAP_ADMIN: 'chief' });
      assert.equal(next.outcome, 'ready');
      assert.ok(
        next.lines.some((l) => /^\s+admin\s+chief \/ \S{16}$/.test(l)),
        'the next start creates the administrator and shows its password',
      );
      await next.stop();
    } finally {
      taken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad port with a usage error in the chosen language', async () => {
    const run = await serve(['--port', 'eighty', '--lang', 'en'], {});
    assert.equal(run.outcome, 'exited');
    const [code] = await run.exit;
    assert.equal(code, 2);
    assert.match(run.stderr, /--port “eighty” is not valid; use a whole number from 0 to 65535/);
  });
});
