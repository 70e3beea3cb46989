import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

/** Serves the built web app; unknown non-API paths get index.html so client routes work. */
export async function webRoutes(app: FastifyInstance) {
  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn('web app not built (run `npm run build`); serving the API only');
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}
