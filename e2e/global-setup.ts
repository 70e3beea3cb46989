import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = new URL('..', import.meta.url).pathname;

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

// a fresh embedded database migrates and loads the demo district first: minutes on a busy machine
async function waitReady(url: string, child: ChildProcess, seconds = 180) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become ready');
}

/** Builds the web app if needed and starts a fresh server with demo data on a free port. */
export default async function setup(project: TestProject) {
  // vitest sets NODE_ENV=test and Vite keeps it: without this the bundle would be React's and antd's
  // development build (every dialog labelled by id "test-id"), and `npm start` would then serve it
  execFileSync(process.execPath, [join(root, 'scripts/web-build.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'shangliang-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // the journeys run on the embedded database with demo data, whatever DATABASE_URL says
  const { DATABASE_URL: _, ...inherited } = process.env;
  // TRUST_PROXY: the journeys' API helper raises items as residents at addresses of their own (X-Forwarded-For),
  // so they do not count against the browser's resident at 127.0.0.1 (5 in 10 minutes, then a challenge)
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TRUST_PROXY: '127.0.0.1',
  };
  const child = spawn(process.execPath, [join(root, 'bin/shangliang.mjs'), 'serve'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(baseUrl, child);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
