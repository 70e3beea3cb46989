import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { sendWorkbook } from '../../platform/list-export';
import { actOnTopic, updateTopic } from './change-topic';
import { createTopic } from './create-topic';
import { exportTopics } from './export-topics';
import { linkSubmissions, unlinkSubmission } from './link-submissions';
import { loadTopicDetail } from './load';
import { listVisibleTopics, loadVisibleTopic } from './queries';
import {
  CandidatesQuery,
  CandidatesResponse,
  CreateTopicBody,
  ExportTopicsQuery,
  LinkSubmissionsBody,
  ListTopicsQuery,
  ScreeningBody,
  ScreeningGroupsQuery,
  ScreeningGroupsResponse,
  TopicActionBody,
  TopicDetail,
  TopicList,
  TopicParams,
  TopicSubmissionParams,
  UpdateTopicBody,
} from './schemas';
import { screenTopic } from './screen-topic';
import { screeningGroups, topicCandidates } from './screening-groups';

/** Topics (议题): raise, list, screen, shape. */
export async function topicRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['topics'];
  const detailOf = { params: TopicParams, response: { 200: TopicDetail } };

  const detail = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const row = await loadVisibleTopic(db, ctx.actor, id);
    if (!row) throw notFound();
    return loadTopicDetail(db, ctx.actor, row);
  };

  r.get(
    '/api/topics',
    {
      schema: {
        tags,
        summary: 'Topics in your region, searched and filtered, with counts per status',
        querystring: ListTopicsQuery,
        response: { 200: TopicList },
      },
    },
    async (req) => {
      const { rows, total, counts } = await listVisibleTopics(db, contextOf(req, db).actor, req.query);
      return { items: rows, total, counts, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.get(
    '/api/topics/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The topics as Excel: the rows the list shows for the same query, streamed; 413 past 200,000 rows',
        querystring: ExportTopicsQuery,
      },
    },
    async (req, reply) => sendWorkbook(reply, await exportTopics(contextOf(req, db), req.query, new Date())),
  );

  r.get(
    '/api/topics/screening-groups',
    {
      schema: {
        tags,
        summary: 'Grid screening (网格筛题): groups of similar open submissions in a place, not yet in a topic',
        querystring: ScreeningGroupsQuery,
        response: { 200: ScreeningGroupsResponse },
      },
    },
    async (req) => screeningGroups(contextOf(req, db), req.query.placeId),
  );

  r.get(
    '/api/topics/candidates',
    {
      schema: {
        tags,
        summary: 'Submissions sorted to a council (社区/街道议事) that no topic holds yet',
        querystring: CandidatesQuery,
        response: { 200: CandidatesResponse },
      },
    },
    async (req) => {
      const { items, total } = await topicCandidates(contextOf(req, db), req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/api/topics',
    {
      schema: {
        tags,
        summary: 'Raise a topic for a council: from submissions, grid screening, a member or a leader',
        body: CreateTopicBody,
        response: { 201: TopicDetail },
      },
    },
    async (req, reply) => {
      const id = await createTopic(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/topics/:id',
    { schema: { tags, summary: 'One topic: screening, submissions, plan, consultations', ...detailOf } },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/topics/:id',
    { schema: { tags, summary: 'Reword a topic or change its urgency', body: UpdateTopicBody, ...detailOf } },
    async (req) => {
      await updateTopic(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/topics/:id/submissions',
    { schema: { tags, summary: 'Link submissions to the topic', body: LinkSubmissionsBody, ...detailOf } },
    async (req) => {
      await linkSubmissions(contextOf(req, db), req.params.id, req.body.submissionIds);
      return detail(req, req.params.id);
    },
  );

  r.delete(
    '/api/topics/:id/submissions/:submissionId',
    {
      schema: {
        tags,
        summary: 'Take a submission out of the topic',
        params: TopicSubmissionParams,
        response: { 200: TopicDetail },
      },
    },
    async (req) => {
      await unlinkSubmission(contextOf(req, db), req.params.id, req.params.submissionId);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/topics/:id/actions',
    { schema: { tags, summary: 'Withdraw the topic, or reopen it', body: TopicActionBody, ...detailOf } },
    async (req) => {
      await actOnTopic(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/topics/:id/screening',
    {
      schema: {
        tags,
        summary: 'Screen the topic (筛选) against the six criteria: accept (立项) or reject, with a reason',
        body: ScreeningBody,
        ...detailOf,
      },
    },
    async (req) => {
      await screenTopic(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
}
