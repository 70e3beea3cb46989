import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden } from '../../platform/errors';
import { issueApiKey } from './issue-key';
import { canListApiKeys, visibleApiKeys } from './policy';
import { presentKey } from './present';
import { listKeys } from './queries';
import { revokeApiKey } from './revoke-key';
import { ApiKeyListResponse, ApiKeyParams, ApiKeyResponse, IssueApiKeyBody, IssuedApiKeyResponse } from './schemas';

/** 接口密钥: administrators issue, list and revoke the keys partner systems present to Open311. */
export async function apiKeyRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['api-keys'];

  r.get(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'The API keys of places in your reach (admins)',
        response: { 200: ApiKeyListResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!canListApiKeys(ctx.actor)) throw forbidden();
      return { items: (await listKeys(db, visibleApiKeys(ctx.actor))).map(presentKey) };
    },
  );

  r.post(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Issue a key for a partner system, scoped to a place; the secret is in this answer only',
        body: IssueApiKeyBody,
        response: { 201: IssuedApiKeyResponse },
      },
    },
    async (req, reply) => {
      const { key, secret } = await issueApiKey(contextOf(req, db), req.body);
      reply.code(201);
      return { ...presentKey(key), secret };
    },
  );

  r.post(
    '/api/api-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a key: the partner’s requests with it answer 403 from now on',
        params: ApiKeyParams,
        response: { 200: ApiKeyResponse },
      },
    },
    async (req) => presentKey(await revokeApiKey(contextOf(req, db), req.params.id)),
  );
}
