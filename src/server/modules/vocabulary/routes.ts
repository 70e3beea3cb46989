import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SaveSynonymsBody, SynonymsResponse } from '../../../shared/api/vocabulary';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { type PendingReindex, saveSynonyms, synonymTable } from './synonyms';

/** The deployment's synonym table: read, save, reset to the shipped one (top-level admins). */
export async function vocabularyRoutes(app: FastifyInstance, { db, pending }: { db: Db; pending: PendingReindex }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vocabulary'];

  r.get(
    '/api/vocabulary/synonyms',
    { schema: { tags, summary: 'The synonym table in use', response: { 200: SynonymsResponse } } },
    async (req) => synonymTable(contextOf(req, db), pending),
  );

  r.put(
    '/api/vocabulary/synonyms',
    {
      schema: {
        tags,
        summary: 'Replace the synonym table; stored texts are read again with it in the background',
        body: SaveSynonymsBody,
        response: { 200: SynonymsResponse },
      },
    },
    async (req) => saveSynonyms(contextOf(req, db), req.body.groups, pending),
  );

  r.delete(
    '/api/vocabulary/synonyms',
    {
      schema: {
        tags,
        summary: 'Go back to the synonym table shipped with the platform',
        response: { 200: SynonymsResponse },
      },
    },
    async (req) => saveSynonyms(contextOf(req, db), null, pending),
  );
}
