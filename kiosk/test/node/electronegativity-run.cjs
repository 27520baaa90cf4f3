// Runs Electronegativity's scanner programmatically (CommonJS, as the tool is) and prints its
// findings as JSON on stdout, also writing its SARIF report. Called by electronegativity.test.ts
// in a child process.
//
// The tool fetches "updated translations" from GitHub on every run; a kiosk build must not
// depend on the network, so `got` is replaced by a stub that fails at once and the tool falls
// back to its bundled English strings.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: the scanner is CommonJS and one of its imports is stubbed through Module._load */
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') return () => Promise.reject(new Error('offline: translations not fetched'));
  return load.call(this, request, parent, isMain);
};

const [input, sarif, electronVersion] = process.argv.slice(2);
const run = require('@doyensec/electronegativity/dist/runner.js');

run(
  {
    input,
    output: sarif,
    isSarif: true,
    customScan: [],
    excludeFromScan: [],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const issues = result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      manualReview: i.manualReview,
      sample: i.sample,
    }));
    const errors = result.errors.map((e) => ({ file: e.file, message: e.message, tolerable: e.tolerable }));
    process.stdout.write(JSON.stringify({ checks: result.atomicChecks + result.globalChecks, issues, errors }));
  },
  (error) => {
    process.stderr.write(String(error && error.stack));
    process.exit(1);
  },
);
/* eslint-enable @typescript-eslint/no-require-imports -- end of the CommonJS runner */
