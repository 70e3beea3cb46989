// Shared by the benchmark scripts: the header, a scratch PostgreSQL database, the web build,
// percentiles, tables.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** PostgreSQL the benchmarks run against: DATABASE_URL, or the local default the tests use. */
export const baseDatabaseUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Prints what the script measures and on which machine. */
export function printHeader(title: string, lines: string[]) {
  const cpus = os.cpus();
  console.log(`\n${title}`);
  console.log('='.repeat(Math.min(100, title.length + 8)));
  for (const l of lines) console.log(l);
  console.log(
    `machine: ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}`,
  );
}

/**
 * A fresh database for this run (`<prefix>_<pid>`), dropped by `drop()`, also on Ctrl-C.
 * Returns its URL and the server's version.
 */
export async function scratchDatabase(prefix: string) {
  const base = baseDatabaseUrl();
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const version = (await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  process.once('SIGINT', () => {
    drop().finally(() => process.exit(130));
  });
  return { name, url: url.toString(), serverVersion: version, drop };
}

/** The p-th percentile (0…100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * Times `fn` once per input, one after another; returns the durations in milliseconds. Stops
 * early, with fewer durations than inputs, once `budgetMs` have passed.
 */
export async function timeEach<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>, budgetMs = Infinity) {
  const out: number[] = [];
  const start = performance.now();
  for (const input of inputs) {
    const t = performance.now();
    await fn(input);
    out.push(performance.now() - t);
    if (performance.now() - start > budgetMs) break;
  }
  return out;
}

/** Formats rows as an aligned text table; the first row is the heading. */
export function table(rows: readonly (readonly string[])[]) {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(c));
    });
  }
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? pad(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0))).join('  ');
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// CJK characters take two columns in a terminal
const width = (s: string) => [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : 'n/a');

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the web app (vite build) when dist/web/index.html or h5.html is missing or older than the
 * sources; false when the build fails (its output is then on the terminal).
 */
export function buildWebIfStale() {
  const pages = ['index.html', 'h5.html'].map((f) => join(root, 'dist/web', f));
  const sources = Math.max(
    newest(join(root, 'src/web')),
    newest(join(root, 'src/shared')),
    ...['vite.config.ts', 'index.html', 'h5.html'].map((f) => mtime(join(root, f))),
  );
  if (Math.min(...pages.map(mtime)) >= sources) return true;
  const why = pages.every(existsSync) ? 'dist/web is older than its sources' : 'dist/web is incomplete';
  console.log(`\nbuilding the web app (${why}) …`);
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // production React and antd, whatever NODE_ENV the caller runs with
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return true;
  } catch {
    console.error('\nvite build failed (output above): nothing to measure.');
    process.exitCode = 1;
    return false;
  }
}

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
