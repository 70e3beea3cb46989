// npm run bench:transfer — bytes on the wire to open the residents' page and the staff console, as the
// server sent them before compression (identity) and as it sends them now (br, gzip), in Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildWebIfStale, printHeader, table } from './lib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What a person opens, and what shows that the page has finished starting. */
const PAGES = [
  { name: 'residents’ page', path: '/s/dh-ty', ready: 'main form' },
  { name: 'staff console (baseline)', path: '/', ready: 'input[type=password]' },
  { name: 'API docs', path: '/api/docs', ready: '.swagger-ui .info .title' },
] as const;
const MODES = [
  { name: 'identity', acceptEncoding: 'identity' },
  { name: 'br, gzip', acceptEncoding: 'br, gzip' },
] as const;

type Visit = {
  kinds: Map<string, { requests: number; bytes: number }>;
  bytes: number;
  requests: number;
  headerBytes: number;
};

async function main() {
  printHeader('bench:transfer — bytes on the wire to open a page, before and after compression', [
    'method: a fresh Chromium context per page and mode opens the page on a local server with demo data,',
    '        waits until it has started and the network is idle, and sums what Chromium received (headers',
    '        and body, encodedDataLength) per resource type. identity = what the server sent before it',
    '        compressed anything; br, gzip = now. repeat visit = the same page opened again in that context',
    '        (hashed assets come from the cache, unasked). 1 kB = 1,000 bytes.',
  ]);
  if (!buildWebIfStale()) return;
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  const violations: string[] = [];
  try {
    const rows = [['page', 'resource', 'requests', 'identity kB', 'br, gzip kB', 'saved']];
    const totals: string[] = [];
    for (const p of PAGES) {
      const before = await visit(browser, server.url, p, MODES[0].acceptEncoding, violations);
      const after = await visit(browser, server.url, p, MODES[1].acceptEncoding, violations);
      rows.push(...pageRows(`${p.name} ${p.path}`, before, after));
      totals.push(
        `${p.name}: ${kB(before.first.bytes)} kB before (${kB(body(before.first))} kB without headers), ` +
          `${kB(after.first.bytes)} kB now (${kB(body(after.first))} kB without headers); ` +
          `${kB(after.again.bytes)} kB on a repeat visit`,
      );
    }
    console.log(`\n${table(rows)}\n\n${totals.join('\n')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
  if (violations.length) {
    console.error(
      `\nContent-Security-Policy violations (${violations.length}):\n  ${[...new Set(violations)].join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log('\nno Content-Security-Policy violations on any of these pages');
  }
}

function pageRows(page: string, before: { first: Visit; again: Visit }, after: { first: Visit; again: Visit }) {
  const none = { requests: 0, bytes: 0 };
  const kinds = [...new Set([...before.first.kinds.keys(), ...after.first.kinds.keys()])].sort();
  const row = (what: string, requests: number, a: number, b: number, showSaved = true) => [
    page,
    what,
    String(requests),
    kB(a),
    kB(b),
    showSaved ? saved(a, b) : '',
  ];
  return [
    ...kinds.map((k) => {
      const [a, b] = [before.first.kinds.get(k) ?? none, after.first.kinds.get(k) ?? none];
      return row(k, b.requests, a.bytes, b.bytes);
    }),
    row('TOTAL', after.first.requests, before.first.bytes, after.first.bytes),
    row('… of it headers', after.first.requests, before.first.headerBytes, after.first.headerBytes, false),
    row('repeat visit', after.again.requests, before.again.bytes, after.again.bytes, false),
  ];
}

/** Opens the page twice in one fresh context, asking for `acceptEncoding`; counts what came over the network. */
async function visit(
  browser: Browser,
  baseURL: string,
  target: (typeof PAGES)[number],
  acceptEncoding: string,
  violations: string[],
) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) violations.push(`${target.path}: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  const kindOf = new Map<string, string>();
  let current: Visit = newVisit();
  cdp.on('Network.responseReceived', (e) => kindOf.set(e.requestId, kindName(e.type)));
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    current.headerBytes += e.headersText?.length ?? 0;
  });
  cdp.on('Network.loadingFinished', (e) => {
    // served from the cache: nothing crossed the wire
    if (e.encodedDataLength === 0) return;
    const kind = kindOf.get(e.requestId) ?? 'other';
    const k = current.kinds.get(kind) ?? { requests: 0, bytes: 0 };
    current.kinds.set(kind, { requests: k.requests + 1, bytes: k.bytes + e.encodedDataLength });
    current.requests += 1;
    current.bytes += e.encodedDataLength;
  });
  const first = current;
  await open(page, target);
  current = newVisit();
  const again = current;
  await open(page, target);
  await context.close();
  return { first, again };
}

async function open(page: Page, target: (typeof PAGES)[number]) {
  await page.goto(target.path);
  // a slow phone-sized CPU parses for a while with the network quiet: wait for the page itself first
  await page.locator(target.ready).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

const newVisit = (): Visit => ({ kinds: new Map(), bytes: 0, requests: 0, headerBytes: 0 });
const kindName = (type: string) =>
  ({
    Document: 'HTML',
    Script: 'JavaScript',
    Stylesheet: 'CSS',
    Fetch: 'API (JSON)',
    XHR: 'API (JSON)',
    Image: 'images',
  })[type] ?? type.toLowerCase();
const body = (v: Visit) => v.bytes - v.headerBytes;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const saved = (before: number, after: number) => (before ? `${Math.round((1 - after / before) * 100)}%` : '');

/** The real server (`shangliang serve`) with demo data on a fresh embedded database and a free port. */
async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'shangliang-transfer-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, 'bin/shangliang.mjs'), 'serve'], {
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    await waitReady(url, child);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

async function waitReady(url: string, child: ChildProcess) {
  // a fresh embedded database migrates and loads the demo district first: slow on a busy machine
  for (let i = 0; i < 4 * 180; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready within three minutes');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

await main();
