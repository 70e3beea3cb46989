// The pieces of the two-instance test (two-instances.pgtest.ts): a throw-away PostgreSQL database,
// app processes started as in production, and nginx in front of them with a config of its own.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('../../../', import.meta.url).pathname;

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A new empty database on the PostgreSQL server of `baseUrl`, and the function that drops it. */
export async function scratchDatabase(baseUrl: string) {
  const name = `shangliang_instances_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { url: url.toString(), drop };
}

/** One app process as `shangliang serve` runs it in production; resolves once it answers /readyz. */
export async function startInstance(env: Record<string, string>, log: string[]) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin/shangliang.mjs'), 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  await waitFor(`http://127.0.0.1:${port}/readyz`, child, log);
  return { port, child };
}

async function waitFor(url: string, child: ChildProcess, log: string[], timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}):\n${log.join('')}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${log.join('')}`);
}

/** Debian's nginx (package nginx-light), wherever PATH or /usr/sbin has it; throws when it is missing. */
export function nginxBinary() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('nginx is not installed: the two-instance test needs it (Debian: apt-get install nginx-light)');
  }
}

/**
 * nginx in `dir`, in the foreground, round-robin over `upstreams` on 127.0.0.1:`port`. The sample
 * of docs/deploy/nginx.conf, with every path in `dir` and each request's upstream in access.log.
 */
export async function startNginx(dir: string, port: number, upstreams: number[]) {
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, sub), { recursive: true });
    chmodSync(join(dir, sub), 0o777); // nginx's workers may run as nobody
  }
  const conf = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  log_format upstream '$upstream_addr $request_method $uri $status';
  access_log ${dir}/access.log upstream;
  client_max_body_size 10m;
  upstream shangliang {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://shangliang;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const log: string[] = [];
  const child = spawn(nginxBinary(), ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d) => log.push(String(d)));
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, log, 15_000);
  return child;
}

/** The upstream port that served each request nginx logged, in order. */
export function upstreamsServed(dir: string) {
  return readFileSync(join(dir, 'access.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [upstream = '', method = '', uri = '', status = ''] = line.split(' ');
      return { port: Number(upstream.split(':')[1]), method, uri, status: Number(status) };
    });
}

/** Stops a child process and waits for it to be gone. */
export async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}
