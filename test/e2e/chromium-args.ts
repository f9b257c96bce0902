// Debian's Chromium on these machines: no sandbox as root, no GPU, and none of the background connections
// that this closed network refuses (TOOLCHAIN.md). Shared by the browser tests and the benchmarks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
