import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/yizhan.mjs', import.meta.url));

test('the installed `yizhan` entry runs the CLI: exit code, stderr lines, nothing on stdout', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'yz-bin-'));
  try {
    const csv = join(dir, 'items.csv');
    await writeFile(csv, 'id,name_zh,category\np1,专利,patentx\n');
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, 'validate', csv, '--lang', 'en'],
        { env: { PATH: process.env['PATH'] ?? '' } },
        (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      `${csv}:2: category: Invalid value “patentx”, expected one of: patent, trademark, geographical-indication, ic-layout, protection, consultation, information, finance, training, other\n1 problem found.\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
