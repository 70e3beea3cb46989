// npm run bench:h5 — the JavaScript a phone downloads to open the submission page (dist/web/h5.html),
// gzipped, against the 120 kB budget; the staff console's initial JavaScript measured the same way.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstPaint, type Paint } from './h5-paint';
import { buildWebIfStale, printHeader, table } from './lib';

const BUDGET_KB = 120;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist/web');
const H5 = join(dist, 'h5.html');
const CONSOLE = join(dist, 'index.html');

/** kB as Vite reports them: 1,000 bytes. */
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main() {
  printHeader('bench:h5 — JavaScript of the submission page (/s/<code>), gzipped (zlib level 9)', [
    `method: parse the built HTML, take its <script type=module src> and <link rel=modulepreload> files`,
    `        and every chunk they import statically (import … from "./x.js", recursively); dynamic`,
    `        import() is not counted. Budget: ${BUDGET_KB} kB (1 kB = 1,000 bytes) for dist/web/h5.html;`,
    `        baseline: the staff console's dist/web/index.html by the same method`,
  ]);
  if (!buildWebIfStale()) return;

  const consolePage = measure(CONSOLE);
  if (!existsSync(H5)) {
    print([consolePage]);
    console.error(
      '\ndist/web/h5.html does not exist, even after building: the submission page is not part of the build yet\n' +
        '(vite.config.ts needs h5.html among its inputs). Nothing to measure against the budget.',
    );
    process.exitCode = 1;
    return;
  }
  const h5 = measure(H5);
  print([h5, consolePage]);
  const over = h5.gzip / 1000 - BUDGET_KB;
  console.log(
    `\nsubmission page: ${kB(h5.gzip)} kB gzipped of JavaScript, budget ${BUDGET_KB} kB: ` +
      (over < 0 ? `met, ${(-over).toFixed(1)} kB to spare` : `missed by ${over.toFixed(1)} kB`),
  );
  console.log(`staff console (baseline): ${kB(consolePage.gzip)} kB gzipped initial JavaScript`);
  const paints = await firstPaint(dist);
  if (!paints) return console.log('\nfirst paint: not measured (no Chromium at /usr/bin/chromium or CHROMIUM_PATH)');
  const median = (pick: (p: Paint) => number) =>
    paints.map(pick).sort((a, b) => a - b)[Math.floor(paints.length / 2)] ?? 0;
  const first = median((p) => p.firstPaint);
  console.log(
    `\n/t/<code> on slow 4G (150 ms, 1.6 Mbit/s) and CPU 4× slower, ${paints.length} cold loads:\n` +
      `  first paint (the page's frame from the HTML): median ${first} ms ` +
      `(runs: ${paints.map((p) => p.firstPaint).join(', ')} ms), goal under 2,000 ms: ${first < 2000 ? 'met' : 'missed'}\n` +
      `  the page's answer drawn (script run, API answered): median ${median((p) => p.appPainted)} ms ` +
      `(runs: ${paints.map((p) => p.appPainted).join(', ')} ms)`,
  );
}

type Page = { html: string; files: { file: string; via: string; raw: number; gzip: number }[]; gzip: number };

/** The page's initial JavaScript: entry scripts, modulepreloads and their static imports. */
function measure(htmlFile: string): Page {
  const html = readFileSync(htmlFile, 'utf8');
  const queue: { file: string; via: string }[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const a = attributes(tag);
    if (tag.toLowerCase().startsWith('<script') && a.type === 'module' && a.src) {
      queue.push({ file: local(htmlFile, a.src), via: 'entry <script>' });
    } else if (a.rel === 'modulepreload' && a.href) {
      queue.push({ file: local(htmlFile, a.href), via: 'modulepreload' });
    }
  }
  const seen = new Map<string, string>();
  while (queue.length) {
    const next = queue.shift() as { file: string; via: string };
    if (seen.has(next.file)) continue;
    if (!existsSync(next.file)) {
      console.warn(`warning: ${relative(root, htmlFile)} refers to ${relative(root, next.file)}, which is not there`);
      continue;
    }
    seen.set(next.file, next.via);
    for (const spec of staticImports(readFileSync(next.file, 'utf8'))) {
      queue.push({ file: resolve(dirname(next.file), spec), via: `import in ${baseName(next.file)}` });
    }
  }
  const files = [...seen].map(([file, via]) => {
    const buf = readFileSync(file);
    return { file: relative(dist, file), via, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { html: relative(root, htmlFile), files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

function print(pages: Page[]) {
  const rows = [['page', 'file', 'reached by', 'raw kB', 'gzip kB']];
  for (const p of pages) {
    for (const f of [...p.files].sort((a, b) => b.gzip - a.gzip))
      rows.push([p.html, f.file, f.via, kB(f.raw), kB(f.gzip)]);
    const raw = p.files.reduce((n, f) => n + f.raw, 0);
    rows.push([p.html, `TOTAL (${p.files.length} files)`, '', kB(raw), kB(p.gzip)]);
  }
  console.log(`\n${table(rows)}`);
}

/** Relative module specifiers of static imports and re-exports: `import … from "./x.js"`, `import "./x.js"`. */
function staticImports(js: string) {
  const out = new Set<string>();
  const re = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g;
  for (const m of js.matchAll(re)) if (m[1]) out.add(m[1]);
  return out;
}

function attributes(tag: string) {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    if (m[1]) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/**
 * The built file behind a URL in the page: absolute URLs from dist/web, relative ones from the page;
 * under a base path (/s/assets/x.js) the file is looked up by name in dist/web/assets.
 */
const local = (htmlFile: string, url: string) => {
  const path = url.split(/[?#]/)[0] ?? url;
  const file = path.startsWith('/') ? join(dist, path) : resolve(dirname(htmlFile), path);
  return existsSync(file) ? file : join(dist, 'assets', baseName(path));
};

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

await main();
