// How every tool here starts Debian's Chromium (tests, benchmarks, Lighthouse): no tool downloads
// its own browser. Without these flags Chromium floods a closed network and waits on it.
// Plain .mjs with no dependencies, so config files and scripts of every kind can import it.

/** The Chromium binary: CHROMIUM_PATH (set by scripts/lib/bootstrap.mjs), else Debian's. */
export function chromiumExecutable() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
