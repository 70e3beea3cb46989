// Builds the web app when dist/web is missing or older than its sources (shared by start and tests).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/web/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureWebBuilt() {
  const sources = Math.max(
    newest(join(root, 'src/web')),
    newest(join(root, 'src/shared')),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(out) && statSync(out).mtimeMs >= sources) return;
  console.log('building the web app …');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureWebBuilt();
