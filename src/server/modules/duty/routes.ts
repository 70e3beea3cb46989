import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { sendWorkbook } from '../../platform/list-export';
import { askDutyEntry } from './ask-entry';
import { closeDutyYear } from './close-year';
import { exportDossier } from './dossier';
import { listEntries } from './entries';
import { loadEntry } from './entry';
import { loadHome } from './home';
import { exportLedger } from './ledger-xlsx';
import { loadLedger } from './load-ledger';
import { loadRuleSetView } from './load-rules';
import { loadRanking } from './ranking';
import { visibleRegion } from './region';
import { reviewDutyEntry } from './review-entry';
import { saveDutyRules } from './save-rules';
import {
  AskDutyEntryBody,
  CloseDutyYearBody,
  DutyEntriesQuery,
  DutyEntry,
  DutyEntryList,
  DutyEntryParams,
  DutyHome,
  DutyLedger,
  DutyMemberParams,
  DutyRanking,
  DutyRankingQuery,
  DutyRuleSetView,
  DutyRulesQuery,
  DutyYearQuery,
  ReviewDutyEntryBody,
  SaveDutyRulesBody,
} from './schemas';
import { yearOf } from './scoring';

/** 履职量化考核: rankings, members' ledgers and dossiers, scoring rules and closings, manual entries, the member's home. */
export async function dutyRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];

  r.get(
    '/api/duty/ranking',
    {
      schema: {
        tags,
        summary:
          'Members of a region (default: your widest) or a group ranked by their year’s duty points, with grades',
        querystring: DutyRankingQuery,
        response: { 200: DutyRanking },
      },
    },
    async (req) => loadRanking(contextOf(req, db), req.query),
  );

  r.get(
    '/api/duty/ledger.xlsx',
    {
      schema: {
        tags,
        summary:
          'The region’s (or group’s) year ledger as Excel: a row per member, a column per kind; every line on a second sheet',
        querystring: DutyRankingQuery,
      },
    },
    async (req, reply) => {
      return sendWorkbook(reply, await exportLedger(contextOf(req, db), req.query, config.publicUrl));
    },
  );

  r.get(
    '/api/duty/members/:id',
    {
      schema: {
        tags,
        summary:
          'A member’s duty ledger for a year (default: this year): every line by its record, kinds capped, total and grade',
        params: DutyMemberParams,
        querystring: DutyYearQuery,
        response: { 200: DutyLedger },
      },
    },
    async (req) => loadLedger(contextOf(req, db), req.params.id, req.query.year),
  );

  r.get(
    '/api/duty/members/:id/dossier.docx',
    {
      schema: {
        tags,
        summary: 'A member’s 履职档案 for a year as a Word document',
        params: DutyMemberParams,
        querystring: DutyYearQuery,
      },
    },
    async (req, reply) => {
      const { buffer, fileName } = await exportDossier(contextOf(req, db), req.params.id, req.query.year);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', attachmentName(fileName))
        .send(buffer);
    },
  );

  r.get(
    '/api/duty/rules',
    {
      schema: {
        tags,
        summary:
          'The scoring rules that apply to a region for a year, its own versions, and whether the year is closed',
        querystring: DutyRulesQuery,
        response: { 200: DutyRuleSetView },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const place = await visibleRegion(ctx, req.query.placeId);
      return loadRuleSetView(ctx, place, req.query.year ?? yearOf(new Date()));
    },
  );

  r.put(
    '/api/duty/rules',
    {
      schema: {
        tags,
        summary:
          'Save a region’s scoring rules for a year as a new version (the CPPCC office; 409 once the year is closed)',
        body: SaveDutyRulesBody,
        response: { 200: DutyRuleSetView },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const place = await saveDutyRules(ctx, req.body);
      return loadRuleSetView(ctx, place, req.body.year);
    },
  );

  r.post(
    '/api/duty/closings',
    {
      schema: {
        tags,
        summary:
          'Close a region’s year (年度考核定档): every member’s points and grade kept with the rule version; 409 when closed',
        body: CloseDutyYearBody,
        response: { 201: DutyRuleSetView },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const place = await closeDutyYear(ctx, req.body);
      reply.code(201);
      return loadRuleSetView(ctx, place, req.body.year);
    },
  );

  r.get(
    '/api/duty/entries',
    {
      schema: {
        tags,
        summary: 'Manual duty entries you see (your own; your region’s members’ as a reader), newest first',
        querystring: DutyEntriesQuery,
        response: { 200: DutyEntryList },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      return listEntries(ctx.db, ctx.actor, req.query);
    },
  );

  r.post(
    '/api/duty/entries',
    {
      schema: {
        tags,
        summary: 'Ask for a manual entry (其他履职) in your own ledger, with evidence; it counts once approved',
        body: AskDutyEntryBody,
        response: { 201: DutyEntry },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const { id } = await askDutyEntry(ctx, req.body);
      reply.code(201);
      return loadEntry(ctx, id);
    },
  );

  r.get(
    '/api/duty/entries/:id',
    { schema: { tags, summary: 'A manual duty entry', params: DutyEntryParams, response: { 200: DutyEntry } } },
    async (req) => loadEntry(contextOf(req, db), req.params.id),
  );

  r.post(
    '/api/duty/entries/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve or reject a pending manual entry (a liaison or the CPPCC office; a rejection says why)',
        params: DutyEntryParams,
        body: ReviewDutyEntryBody,
        response: { 200: DutyEntry },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await reviewDutyEntry(ctx, req.params.id, req.body);
      return loadEntry(ctx, req.params.id);
    },
  );

  r.get(
    '/api/duty/home',
    {
      schema: {
        tags,
        summary:
          'Your home as a member: the week’s duties, invitations, whistles to answer, contacts due, your score so far',
        response: { 200: DutyHome },
      },
    },
    async (req) => loadHome(contextOf(req, db)),
  );
}
