import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

/** Vite names everything under assets/ by its content hash: a new build means new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Hashed assets are cached for a year; everything else (index.html, h5.html, favicon.svg) is
 * revalidated on each use, so a deploy reaches every open tab on its next page load. The build
 * writes .br and .gz beside each text file (vite.config.ts): whichever is sent, the answer varies
 * by Accept-Encoding.
 */
const cacheHeaders = (root: string) => {
  const hashedAssets = join(root, 'assets') + sep;
  return (res: SetHeadersResponse, path: string) => {
    res.setHeader('cache-control', path.startsWith(hashedAssets) ? IMMUTABLE : 'no-cache');
    res.setHeader('vary', 'accept-encoding');
  };
};

/** Serves the built web apps; unknown non-API paths get their app's HTML so client routes work. */
export async function webRoutes(app: FastifyInstance, { root = webDist }: { root?: string } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn('web app not built (run `npm run build`); serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    // the .br/.gz files are found by preCompressed; they are not pages of their own
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: cacheHeaders(root),
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    // a missing asset is a 404, never the HTML page (a stale tab after a deploy must not get HTML as JS)
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.callNotFound();
    // residents' phone pages are a separate, small app: /s/<place code>, /t/<tracking code>,
    // /a/<attendance token>, /o/<online consultation token>, /p/<place code> (its public board),
    // /e/<outcome evaluation token>, and /t alone: type a tracking code (查询进度)
    const isResident = /^\/(s|t|a|o|p|e)\/|^\/t(\?|$)/.test(req.url) && existsSync(join(root, 'h5.html'));
    return reply.sendFile(isResident ? 'h5.html' : 'index.html');
  });
}
