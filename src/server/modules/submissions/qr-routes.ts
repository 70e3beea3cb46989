import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import { qrPng, qrSvg } from '../../platform/qr';
import { findVisiblePlace } from '../places';
import { posterHtml } from './poster';

/** Each place's QR code (PNG) and printable A4 poster, opening its residents' page (码上建议). */
export async function qrRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['submissions'];

  // an archived place takes no submissions: no code or poster that would lead to a dead page
  const livePlace = async (req: Parameters<typeof contextOf>[0], id: string) => {
    const ctx = contextOf(req, db);
    const place = await findVisiblePlace(db, ctx.actor, id);
    if (!place) throw notFound();
    if (place.archivedAt) throw conflict('place_archived');
    return { ctx, place };
  };

  const link = (code: string) => `${config.publicUrl}/s/${code}`;

  r.get(
    '/api/places/:id/qr.png',
    {
      schema: {
        tags,
        summary: "A place's QR code (PNG) opening its submission page",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      const { place } = await livePlace(req, req.params.id);
      const png = await qrPng(link(place.code));
      reply
        .header('content-type', 'image/png')
        .header('content-disposition', `attachment; filename="qr-${place.code}.png"`);
      return reply.send(png);
    },
  );

  r.get(
    '/api/places/:id/poster',
    {
      schema: {
        tags,
        summary: 'A printable A4 poster (HTML) with the QR code, place name, brand and instructions',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      const { place } = await livePlace(req, req.params.id);
      const svg = await qrSvg(link(place.code));
      reply.header('content-type', 'text/html; charset=utf-8');
      return reply.send(
        posterHtml({
          name: place.name,
          brand: place.brand,
          url: link(place.code),
          boardUrl: `${config.publicUrl}/p/${encodeURIComponent(place.code)}`,
          qrSvg: svg,
        }),
      );
    },
  );
}
