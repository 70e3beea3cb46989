import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { attachmentName } from '../../platform/docx/gongwen';
import { AppError, forbidden } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { XLSX_MIME } from '../../platform/xlsx-export';
import { listRegionPlaces } from '../places';
import { exportMembers } from './export-members';
import { importMembers } from './import-members';
import { mayKeepRoster } from './policy';
import { rosterWorkbook } from './roster-sheet';
import { ImportMembersQuery, ImportMembersResult, MemberFilters } from './schemas';

/** The roster as Excel: its template (with drop-downs), the export, and the all-or-nothing import. */
export async function rosterRoutes(app: FastifyInstance, { db, cipher }: { db: Db; cipher: Cipher }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];

  r.get(
    '/api/members/import-template',
    {
      schema: {
        tags,
        summary:
          "The roster template (.xlsx): Chinese headers, drop-downs for the coded columns, a sheet of the region's places",
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      if (!mayKeepRoster(ctx.actor)) throw forbidden();
      const file = await rosterWorkbook(ctx.locale, await listRegionPlaces(ctx.db, ctx.actor));
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          attachmentName(ctx.locale === 'zh-TW' ? '委員名冊範本.xlsx' : '委员名册模板.xlsx'),
        )
        .send(file);
    },
  );

  r.get(
    '/api/members/export',
    {
      schema: {
        tags,
        summary: 'The roster in your reach as .xlsx, under the list’s filters (phones masked)',
        querystring: MemberFilters,
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const file = await exportMembers(ctx, req.query);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentName(ctx.locale === 'zh-TW' ? '委員名冊.xlsx' : '委员名册.xlsx'))
        .send(file);
    },
  );

  r.post(
    '/api/members/import',
    {
      schema: {
        tags,
        summary:
          'Import a roster (.xlsx or .csv, multipart field "file"): creates or updates members by 委员编号; all rows or none',
        consumes: ['multipart/form-data'],
        querystring: ImportMembersQuery,
        response: { 200: ImportMembersResult },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!mayKeepRoster(ctx.actor)) throw forbidden(); // before the upload is read
      const file = await readUpload(req);
      if (!file || !/\.(xlsx|csv)$/i.test(file.filename)) throw new AppError(400, 'import_file_required');
      return importMembers(ctx, cipher, file.data, file.filename, req.query.dryRun === 'true');
    },
  );
}
