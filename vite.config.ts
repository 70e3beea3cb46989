import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

/**
 * The staff console: index.html at the repo root loads src/web/main.tsx; the build goes to dist/web,
 * where the server serves it. (The root stays at the repo so that source URLs such as
 * /src/web/api/client.ts never collide with the /api proxy.)
 */
export default defineConfig({
  plugins: [react()],
  publicDir: fileURLToPath(new URL('./src/web/public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // the framework every page needs, cached apart from our code; antd stays split by use, so the
        // sign-in page does not download the tables, trees and pickers of the console
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
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
