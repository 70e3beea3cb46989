import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { sendWorkbook } from '../../platform/list-export';
import { exportPlan } from './export-plan';
import { exportPlanXlsx } from './export-plan-xlsx';
import { decidePlanItem, proposeToPlan, removePlanItem, reproposePlanItem } from './keep-plan';
import { loadPlanItem, loadYearPlanItems } from './load';
import { planAbilities } from './policy';
import { findPlanDistrict, planCounts } from './queries';
import {
  PlanDecisionBody,
  PlanItem,
  PlanItemParams,
  PlanParams,
  PlanResponse,
  ProposePlanItemBody,
  ReproposeBody,
} from './schemas';

/** The annual consultation plan (年度协商计划) of a district, its items, and its Word export. */
export async function planRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  const itemOf = { params: PlanItemParams, response: { 200: PlanItem } };

  r.get(
    '/api/plans/:districtId/:year',
    {
      schema: {
        tags,
        summary: "A district's plan for a year: proposed, approved and returned topics",
        params: PlanParams,
        response: { 200: PlanResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const district = await findPlanDistrict(db, ctx.actor, req.params.districtId);
      const items = await loadYearPlanItems(db, ctx.actor, district.id, req.params.year);
      return {
        district: { id: district.id, name: district.name },
        year: req.params.year,
        items,
        counts: planCounts(items),
        abilities: planAbilities(ctx.actor, district),
      };
    },
  );

  r.get(
    '/api/plans/:districtId/:year/export.docx',
    { schema: { tags, summary: 'The plan as a Word document (公文): approved topics only', params: PlanParams } },
    async (req, reply) => {
      const { buffer, fileName } = await exportPlan(contextOf(req, db), req.params.districtId, req.params.year);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', attachmentName(fileName))
        .send(buffer);
    },
  );

  r.get(
    '/api/plans/:districtId/:year/export.xlsx',
    {
      schema: {
        tags,
        summary: "The year's plan items the page lists (every status) as Excel, streamed; audited",
        params: PlanParams,
      },
    },
    async (req, reply) => {
      const { districtId, year } = req.params;
      return sendWorkbook(reply, await exportPlanXlsx(contextOf(req, db), districtId, year, new Date()));
    },
  );

  r.post(
    '/api/plans/:districtId/:year/items',
    {
      schema: {
        tags,
        summary: "Propose an accepted topic into the year's plan (a leader may approve at once)",
        params: PlanParams,
        body: ProposePlanItemBody,
        response: { 201: PlanItem },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const id = await proposeToPlan(ctx, req.params.districtId, req.params.year, req.body);
      reply.code(201);
      return loadPlanItem(db, ctx.actor, id);
    },
  );

  r.post(
    '/api/plan-items/:id/decision',
    { schema: { tags, summary: 'Approve a proposal into the plan, or return it', body: PlanDecisionBody, ...itemOf } },
    async (req) => {
      const ctx = contextOf(req, db);
      await decidePlanItem(ctx, req.params.id, req.body);
      return loadPlanItem(db, ctx.actor, req.params.id);
    },
  );

  r.post(
    '/api/plan-items/:id/repropose',
    { schema: { tags, summary: 'Propose a returned item again', body: ReproposeBody, ...itemOf } },
    async (req) => {
      const ctx = contextOf(req, db);
      await reproposePlanItem(ctx, req.params.id, req.body);
      return loadPlanItem(db, ctx.actor, req.params.id);
    },
  );

  r.delete(
    '/api/plan-items/:id',
    { schema: { tags, summary: 'Take a proposed or returned item out of the plan', params: PlanItemParams } },
    async (req, reply) => {
      await removePlanItem(contextOf(req, db), req.params.id);
      return reply.code(204).send();
    },
  );
}
