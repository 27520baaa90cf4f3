import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from './bundles.js';

/**
 * Electronegativity (Doyensec's Electron security scanner) over kiosk/src. Every finding above
 * LOW must carry a justification in the code, a comment the test looks for:
 * `electronegativity-justified: CHECK_ID — why`, within three lines above the finding, or
 * anywhere in kiosk/src for a global check that has no location.
 */
const here = dirname(fileURLToPath(import.meta.url));
const kiosk = resolve(here, '..', '..');
const RUNNER = join(here, 'electronegativity-run.cjs');
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(kiosk, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['electron'];

interface Finding {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  confidence: string;
  file: string;
  line: number;
  manualReview: boolean;
}
interface Scan {
  checks: number;
  issues: Finding[];
  errors: { file: string; message: string }[];
}

function scan(input: string, sarif: string): Scan {
  const out = execFileSync(process.execPath, [RUNNER, input, sarif, ELECTRON_VERSION ?? '45.0.0'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.slice(out.indexOf('{"checks"'))) as Scan;
}

const ABOVE_LOW = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function justified(finding: Finding, root: string): boolean {
  const marker = `electronegativity-justified: ${finding.id}`;
  if (finding.file === 'N/A') return sources(root).some((f) => readFileSync(f, 'utf8').includes(marker));
  const lines = readFileSync(join(root, finding.file), 'utf8').split('\n');
  const from = Math.max(0, finding.line - 4);
  return lines.slice(from, finding.line).some((l) => l.includes(marker));
}

describe('Electronegativity', () => {
  it('finds nothing above LOW in kiosk/src that is not justified in the code', async () => {
    const src = join(kiosk, 'src');
    const sarifFile = join(await tempDir(), 'electronegativity.sarif');
    const result = scan(src, sarifFile);
    assert.ok(result.checks >= 30, `the scanner loaded its checks (${result.checks})`);
    assert.deepEqual(result.errors, [], 'every file parsed (an unparsed file would be an unscanned file)');

    const sarif = JSON.parse(await readFile(sarifFile, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(
      sarif.runs[0]?.results.map((r) => r.ruleId).sort(),
      result.issues.map((i) => i.id).sort(),
      'SARIF report and findings agree',
    );

    for (const f of result.issues)
      console.log(`electronegativity: ${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.line}`);
    const unjustified = result.issues
      .filter((f) => ABOVE_LOW.has(f.severity))
      .filter((f) => !justified(f, src))
      .map((f) => `${f.severity} ${f.id} at ${relative(kiosk, join(src, f.file))}:${f.line}`);
    assert.deepEqual(unjustified, []);
  });

  it('does flag an insecure window, so a clean scan means something', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'main'));
    await writeFile(
      join(dir, 'main', 'index.js'),
      `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });
`,
    );
    const result = scan(dir, join(dir, 'out.sarif'));
    const serious = result.issues.filter((f) => ABOVE_LOW.has(f.severity)).map((f) => f.id);
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ])
      assert.ok(serious.includes(id), `${id} in ${serious.join(', ')}`);
  });
});
