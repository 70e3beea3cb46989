import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_TIME_ZONE } from '../../../shared/time-zone';

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

const ZONE_META = /<meta name="time-zone" content="([^"]*)"\s*\/?>/;

/**
 * The page as built, or — when the deployment's zone is not the one the build wrote into its
 * <meta name="time-zone"> (src/shared/time-zone.ts reads it) — the page with the zone rewritten,
 * kept in memory. Undefined: serve the file as it is (with its pre-compressed copies).
 */
function pageInZone(root: string, file: string, timeZone: string) {
  if (!existsSync(join(root, file))) return undefined;
  const html = readFileSync(join(root, file), 'utf8');
  // a page without the tag reads the default zone
  if ((ZONE_META.exec(html)?.[1] ?? DEFAULT_TIME_ZONE) === timeZone) return undefined;
  const meta = `<meta name="time-zone" content="${timeZone}" />`;
  return ZONE_META.test(html) ? html.replace(ZONE_META, meta) : html.replace('</head>', `${meta}</head>`);
}

/** Serves the built web apps; unknown non-API paths get their app's HTML so client routes work. */
export async function webRoutes(
  app: FastifyInstance,
  { root = webDist, timeZone = DEFAULT_TIME_ZONE }: { root?: string; timeZone?: string } = {},
) {
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
  const rewritten = {
    'index.html': pageInZone(root, 'index.html', timeZone),
    'h5.html': pageInZone(root, 'h5.html', timeZone),
  };
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    // a missing asset is a 404, never the HTML page (a stale tab after a deploy must not get HTML as JS)
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.callNotFound();
    // residents' phone pages are a separate, small app: /s/<place code>, /t/<tracking code>,
    // /a/<attendance token>, /o/<online consultation token>, /p/<place code> (its public board),
    // /e/<outcome evaluation token>, and /t alone: type a tracking code (查询进度)
    const isResident = /^\/(s|t|a|o|p|e)\/|^\/t(\?|$)/.test(req.url) && existsSync(join(root, 'h5.html'));
    const file = isResident ? 'h5.html' : 'index.html';
    const html = rewritten[file];
    if (html === undefined) return reply.sendFile(file);
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
}
