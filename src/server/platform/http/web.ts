import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

/** Serves the built web apps; unknown non-API paths get their app's HTML so client routes work. */
export async function webRoutes(app: FastifyInstance) {
  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn('web app not built (run `npm run build`); serving the API only');
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    // a missing asset is a 404, never the HTML page (a stale tab after a deploy must not get HTML as JS)
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.callNotFound();
    // residents' phone pages are a separate, small app: /s/<place code>, /t/<tracking code>,
    // /a/<attendance token>, /o/<online consultation token>
    const isResident = /^\/(s|t|a|o)\//.test(req.url) && existsSync(join(webDist, 'h5.html'));
    return reply.sendFile(isResident ? 'h5.html' : 'index.html', { maxAge: 0 });
  });
}
