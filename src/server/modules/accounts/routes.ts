import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { AppError, forbidden } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { XLSX_MIME } from '../../platform/xlsx-export';
import { grantRole, revokeRole } from './grant-role';
import { importAccounts } from './import-accounts';
import { accountsTemplate } from './import-template';
import { loadAccount } from './load';
import { createAccount, resetPassword, unlockAccount, updateAccount } from './manage-account';
import { canListAccounts } from './policy';
import { listVisibleAccounts } from './queries';
import {
  AccountListResponse,
  AccountParams,
  AccountResponse,
  CreateAccountBody,
  GrantBody,
  GrantParams,
  ImportAccountsQuery,
  ImportAccountsResult,
  ListAccountsQuery,
  ResetPasswordBody,
  UpdateAccountBody,
} from './schemas';

export async function accountRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const one = { params: AccountParams, response: { 200: AccountResponse } };

  r.get(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: 'Accounts homed in your region (admins)',
        querystring: ListAccountsQuery,
        response: { 200: AccountListResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!canListAccounts(ctx.actor)) throw forbidden();
      const { rows, total } = await listVisibleAccounts(db, ctx.actor, req.query);
      return { items: rows, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/api/accounts/import',
    {
      schema: {
        tags,
        summary: 'Import accounts, each with its role at a place, from .xlsx or .csv (all or none)',
        consumes: ['multipart/form-data'],
        querystring: ImportAccountsQuery,
        response: { 200: ImportAccountsResult },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!canListAccounts(ctx.actor)) throw forbidden();
      const file = await readUpload(req);
      if (!file || !/\.(xlsx|csv)$/i.test(file.filename)) throw new AppError(400, 'import_file_required');
      return importAccounts(ctx, file.data, file.filename, req.query.dryRun === 'true');
    },
  );

  r.get(
    '/api/accounts/import-template',
    { schema: { tags, summary: 'An .xlsx template for account imports, with the region’s places' } },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      if (!canListAccounts(ctx.actor)) throw forbidden();
      const file = await accountsTemplate(ctx);
      reply.header('content-type', XLSX_MIME);
      reply.header('content-disposition', 'attachment; filename="accounts-template.xlsx"');
      return reply.send(file);
    },
  );

  r.get('/api/accounts/:id', { schema: { tags, summary: 'One account with its roles', ...one } }, async (req) => {
    const ctx = contextOf(req, db);
    return loadAccount(db, ctx.actor, req.params.id);
  });

  r.post(
    '/api/accounts',
    {
      schema: { tags, summary: 'Create an account', body: CreateAccountBody, response: { 201: AccountResponse } },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const id = await createAccount(ctx, req.body);
      reply.code(201);
      return loadAccount(db, ctx.actor, id);
    },
  );

  r.patch(
    '/api/accounts/:id',
    {
      schema: { tags, summary: 'Rename, disable/enable or re-home an account', ...one, body: UpdateAccountBody },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await updateAccount(ctx, req.params.id, req.body);
      return loadAccount(db, ctx.actor, req.params.id);
    },
  );

  r.post(
    '/api/accounts/:id/password',
    {
      schema: { tags, summary: "Reset an account's password (ends its sessions)", ...one, body: ResetPasswordBody },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await resetPassword(ctx, req.params.id, req.body.password, req.body.mustChangePassword);
      return loadAccount(db, ctx.actor, req.params.id);
    },
  );

  r.post('/api/accounts/:id/unlock', { schema: { tags, summary: 'Lift a sign-in lock', ...one } }, async (req) => {
    const ctx = contextOf(req, db);
    await unlockAccount(ctx, req.params.id);
    return loadAccount(db, ctx.actor, req.params.id);
  });

  r.post(
    '/api/accounts/:id/grants',
    {
      schema: {
        tags,
        summary: 'Grant a role at a place',
        params: AccountParams,
        body: GrantBody,
        response: { 201: AccountResponse },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      await grantRole(ctx, req.params.id, req.body);
      reply.code(201);
      return loadAccount(db, ctx.actor, req.params.id);
    },
  );

  r.delete(
    '/api/accounts/:id/grants/:grantId',
    {
      schema: { tags, summary: 'Revoke a role', params: GrantParams, response: { 200: AccountResponse } },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await revokeRole(ctx, req.params.id, req.params.grantId);
      return loadAccount(db, ctx.actor, req.params.id);
    },
  );
}
