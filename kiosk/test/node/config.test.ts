import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatConfigProblem, parseConfig, readConfigFile } from '../../src/core/config.js';
import { keys, tempDir } from './bundles.js';

const FILE = '/etc/yizhan/kiosk.json';
const valid = {
  hallId: 'cd-hall-1',
  outletId: 'cd-ip-centre',
  serverUrl: 'https://intake.example.cn',
  bundleUrl: 'https://cdn.example.cn/bundles/chengdu/',
  publicKey: keys.publicPem,
};

function lines(input: unknown, lang: string): string[] {
  const result = parseConfig(JSON.stringify(input), FILE, lang);
  assert.equal(result.ok, false, 'expected the config to be refused');
  return result.ok ? [] : result.problems.map((p) => formatConfigProblem(p, lang));
}

describe('kiosk config', () => {
  it('accepts a minimal file and fills the documented defaults', () => {
    const result = parseConfig(JSON.stringify(valid), FILE, 'zh-CN');
    assert.ok(result.ok);
    assert.equal(result.config.idleSeconds, 90);
    assert.equal(result.config.countdownSeconds, 20);
    assert.equal(result.config.attractSeconds, 60);
    assert.equal(result.config.receiptWidthMm, 80);
    assert.equal(result.config.defaultLocale, 'zh-CN');
    assert.deepEqual(result.config.allowedOrigins, []);
    assert.equal(result.config.printerName, undefined);
  });

  it('tells the operator, in Chinese, which file and which field is wrong', () => {
    const out = lines({ ...valid, idleSeconds: 10, serverUrl: 'http://intake.example.cn' }, 'zh-CN');
    assert.ok(out.includes(`${FILE}：idleSeconds（空闲超时秒数）：不能小于 30`), out.join('\n'));
    assert.ok(
      out.some((l) => l.startsWith(`${FILE}：serverUrl（受理服务器地址）：必须是 https 网址`)),
      out.join('\n'),
    );
  });

  it('says the same in English', () => {
    const out = lines({ ...valid, idleSeconds: 10, countdownSeconds: 5 }, 'en');
    assert.deepEqual(out, [`${FILE}: idleSeconds (idle timeout in seconds): Must be at least 30`]);
  });

  it('names a missing required field', () => {
    const { hallId: _dropped, ...rest } = valid;
    assert.deepEqual(lines(rest, 'zh-CN'), [`${FILE}：hallId（服务大厅编号）：缺少必填项`]);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const out = lines({ ...valid, idleSecond: 120 }, 'en');
    assert.equal(out.length, 1);
    assert.match(out[0] ?? '', /idleSecond/);
  });

  it('refuses a countdown longer than the idle timeout', () => {
    assert.deepEqual(lines({ ...valid, idleSeconds: 30, countdownSeconds: 40 }, 'en'), [
      `${FILE}: countdownSeconds (countdown in seconds): The countdown must be shorter than the idle timeout`,
    ]);
  });

  it('refuses a bundle URL that is not a directory', () => {
    assert.deepEqual(lines({ ...valid, bundleUrl: 'https://cdn.example.cn/b' }, 'en'), [
      `${FILE}: bundleUrl (content bundle URL): The bundle URL is a directory and must end with /`,
    ]);
  });

  it('refuses an RSA key and a non-key where an Ed25519 public key belongs', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    for (const publicKey of [rsa.toString(), 'ssh-ed25519 AAAA...']) {
      const out = lines({ ...valid, publicKey }, 'en');
      assert.equal(out.length, 1);
      assert.match(
        out[0] ?? '',
        /^\/etc\/yizhan\/kiosk\.json: publicKey \(content signing public key\): Not a valid Ed25519/,
      );
    }
  });

  it('accepts exact origins, canonicalised, and refuses anything more or less than an origin', () => {
    const ok = parseConfig(
      JSON.stringify({ ...valid, allowedOrigins: ['https://www.cnipa.gov.cn', 'https://Portal.Example.cn:443/'] }),
      FILE,
      'en',
    );
    assert.ok(ok.ok);
    assert.deepEqual(ok.config.allowedOrigins, ['https://www.cnipa.gov.cn', 'https://portal.example.cn']);
    for (const bad of [
      'https://portal.example.cn/path',
      'https://*.example.cn',
      'http://portal.example.cn',
      'https://user@portal.example.cn',
      'https://portal.example.cn/?q=1',
      'https://portal.example.cn.',
      'javascript:alert(1)',
      'portal.example.cn',
    ]) {
      const out = lines({ ...valid, allowedOrigins: [bad] }, 'en');
      assert.deepEqual(
        out,
        [
          `${FILE}: allowedOrigins[0] (sites allowed in pop-ups): Must be a bare origin such as https://host[:port], with no path, query, user name or wildcard`,
        ],
        bad,
      );
    }
  });

  it('explains a JSON syntax error and a missing file, naming the file', async () => {
    const bad = parseConfig('{ "hallId": ', FILE, 'zh-CN');
    assert.ok(!bad.ok);
    assert.match(
      formatConfigProblem(bad.problems[0]!, 'zh-CN'),
      /^\/etc\/yizhan\/kiosk\.json：配置文件不是有效的 JSON/,
    );
    const dir = await tempDir();
    const missing = await readConfigFile(join(dir, 'kiosk.json'), 'en');
    assert.ok(!missing.ok);
    assert.match(formatConfigProblem(missing.problems[0]!, 'en'), /kiosk\.json: Config file not found/);
  });

  it('reads a file saved with a byte-order mark (Windows Notepad)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'kiosk.json');
    await writeFile(file, `\uFEFF${JSON.stringify(valid)}`);
    assert.ok((await readConfigFile(file, 'en')).ok);
  });
});
