/**
 * How Debian's Chromium is driven on these machines (see shared/docs/architecture.md): no
 * browser download, no sandbox as root, and every request that is not to loopback sent to a
 * dead proxy so it fails at once and shows up in tests as a request that left the machine.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=127.0.0.1:9',
  // Loopback is bypassed by default; '<-loopback>' (as once suggested) would send it to the dead proxy too.
  '--proxy-bypass-list=<loopback>',
];

export const PORT = Number(process.env.E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** True when a request URL stays on this machine. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/** The fixture knowledge base's build (npm run build:fixture) and its preview server, 1000 ports above the main one. */
export const FIXTURE_DIST = 'dist-fixture';
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? PORT + 1000);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
