import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = 'http://127.0.0.1:3000';

/** In development, the residents' URLs (/s/<place>, /t/<tracking code>) open h5.html, as the server does. */
const residentPages = (): Plugin => ({
  name: 'shangliang-resident-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/(s|t|a|o|p|e)\//.test(req.url)) req.url = '/h5.html';
      next();
    });
  },
});

/**
 * Writes x.br and x.gz beside every text file of the build, at the strongest settings (done once per
 * build, not per request); the server sends them with @fastify/static's preCompressed.
 */
const precompress = (): Plugin => {
  let outDir = '';
  return {
    name: 'shangliang-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/.test(entry.name)) continue;
        const file = join(entry.parentPath, entry.name);
        const raw = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          }),
        );
      }
    },
  };
};

/**
 * The staff console: index.html at the repo root loads src/web/main.tsx; the build goes to dist/web,
 * where the server serves it. (The root stays at the repo so that source URLs such as
 * /src/web/api/client.ts never collide with the /api proxy.) h5.html is the residents' phone app
 * (src/web/h5/main.tsx), served for /s/* and /t/*; it shares only React with the console.
 */
export default defineConfig({
  plugins: [react(), residentPages(), precompress()],
  publicDir: fileURLToPath(new URL('./src/web/public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        h5: fileURLToPath(new URL('./h5.html', import.meta.url)),
      },
      output: {
        // the framework every page needs, cached apart from our code; antd stays split by use, so the
        // sign-in page does not download the tables, trees and pickers of the console
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              // chunked by the entries that use it: h5.html gets React alone, without the console's router
              entriesAware: true,
            },
            { name: 'query-i18n', test: /node_modules[\\/](@tanstack|i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': api, '/healthz': api, '/readyz': api },
  },
  preview: {
    proxy: { '/api': api, '/healthz': api, '/readyz': api },
  },
});
