#!/usr/bin/env node
// `pnpm bench`: every package benchmark in turn (build, search, server, widgets render, Lighthouse), each
// printing its own table with ratios against peers measured in the same run. Benchmarks are
// never part of `npm test`: these machines are shared and timings are noisy. The widgets step renders
// yz-catalogue (10,000 items) and then yz-outlets (10,000 outlets) in Chromium.
//   node scripts/bench.mjs build search     run some of them
import { spawnSync } from 'node:child_process';
import { ROOT, checkNode, ensureChromium, ensureDependencies, ensurePnpm, log } from './lib/bootstrap.mjs';

const ALL = ['build', 'search', 'server', 'widgets', 'lighthouse'];
const chosen = process.argv.slice(2).filter((a) => ALL.includes(a));
const benches = chosen.length ? chosen : ALL;

checkNode();
ensurePnpm();
ensureDependencies();
if (benches.includes('widgets') || benches.includes('lighthouse')) ensureChromium();
let failed = 0;
for (const name of benches) {
  log(`bench:${name}`);
  const result = spawnSync('pnpm', ['run', `bench:${name}`], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
