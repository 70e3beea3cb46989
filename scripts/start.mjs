// `npm start`: build the web app if needed, then migrate, seed (embedded DB only) and serve.
import { spawn } from 'node:child_process';
import { ensureWebBuilt } from './web-build.mjs';

ensureWebBuilt();
const child = spawn(
  process.execPath,
  [new URL('../bin/shangliang.mjs', import.meta.url).pathname, 'serve', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
