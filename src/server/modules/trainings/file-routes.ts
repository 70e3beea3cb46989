import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentRoutes } from '../../platform/http/attachment-routes';
import { qrPng } from '../../platform/qr';
import { manageable } from './access';
import { materials } from './files';
import { checkInLink } from './present';
import { TrainingParams } from './schemas';

/** A session's materials (课件) and its sign-in QR code. */
export async function trainingFileRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trainings'];

  attachmentRoutes(
    app,
    { db, config },
    {
      base: '/api/trainings',
      tags,
      store: materials,
      maxBytes: TRAINING_LIMITS.fileBytes,
      missingCode: 'training_file_missing',
      mayAttach: manageable,
      summaries: {
        add: 'Add a material (multipart field "file"; PDF, Word, Excel, PowerPoint, JPG, PNG; ≤ 20 MB)',
        download: 'Download a material',
        remove: 'Remove a material',
      },
    },
  );

  r.get(
    '/api/trainings/:id/sign-in-qr.png',
    { schema: { tags, summary: 'The sign-in QR code (PNG) opening the check-in page', params: TrainingParams } },
    async (req, reply) => {
      const t = await manageable(contextOf(req, db), req.params.id);
      const png = await qrPng(checkInLink(config.publicUrl, t.checkinToken));
      reply
        .header('content-type', 'image/png')
        .header('content-disposition', `attachment; filename="training-sign-in-${t.id.slice(0, 8)}.png"`);
      return reply.send(png);
    },
  );
}
