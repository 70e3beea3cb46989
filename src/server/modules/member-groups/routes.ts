import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { pathAtDepth } from '../../platform/db/place-path';
import { forbidden } from '../../platform/errors';
import { manageable, placeInReach, readable } from './access';
import { archiveGroup } from './archive-group';
import { checkCoverage } from './coverage';
import { createGroup } from './create-group';
import { addGroupMember, changeGroupPosition, removeGroupMember } from './group-members';
import { listGroups, loadGroupDetail } from './load';
import { readsGroups } from './policy';
import { committeesOver, consultationsOfYear, listCandidates } from './queries';
import {
  AddGroupMemberBody,
  CandidatesQuery,
  Coverage,
  CoverageQuery,
  CreateGroupBody,
  GroupCandidates,
  GroupConsultations,
  GroupConsultationsQuery,
  GroupDetail,
  GroupList,
  GroupMemberParams,
  GroupParams,
  ListGroupsQuery,
  Organisers,
  OrganisersQuery,
  PositionBody,
  UpdateGroupBody,
} from './schemas';
import { updateGroup } from './update-group';

/** 委员小组: groups and their members, a committee's consultations, and the coverage of villages by members. */
export async function memberGroupRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['member-groups'];

  const detail = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    return loadGroupDetail(db, ctx.actor, await readable(ctx, id));
  };

  r.get(
    '/api/member-groups',
    {
      schema: {
        tags,
        summary: 'Member groups in your region (and those you belong to), by kind, name and place',
        querystring: ListGroupsQuery,
        response: { 200: GroupList },
      },
    },
    async (req) => listGroups(contextOf(req, db), req.query),
  );

  r.post(
    '/api/member-groups',
    {
      schema: {
        tags,
        summary: 'Create a group: 专委会, 界别组, a council’s fixed members, 1+2+N, 区直组 or 镇街组',
        body: CreateGroupBody,
        response: { 201: GroupDetail },
      },
    },
    async (req, reply) => {
      const id = await createGroup(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/member-groups/coverage',
    {
      schema: {
        tags,
        summary: 'Members assigned to each village and community in your region; those with fewer than `min`',
        querystring: CoverageQuery,
        response: { 200: Coverage },
      },
    },
    async (req) => checkCoverage(contextOf(req, db), req.query),
  );

  r.get(
    '/api/member-groups/organisers',
    {
      schema: {
        tags,
        summary: 'The committees (专委会) that may organise a consultation at a place: kept there or above it',
        querystring: OrganisersQuery,
        response: { 200: Organisers },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!readsGroups(ctx.actor)) throw forbidden();
      const place = await placeInReach(ctx, req.query.placeId);
      return { items: await committeesOver(db, place.path) };
    },
  );

  r.get(
    '/api/member-groups/:id',
    {
      schema: {
        tags,
        summary: 'One group with its members and positions, and a committee’s consultations per year',
        params: GroupParams,
        response: { 200: GroupDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/member-groups/:id',
    {
      schema: {
        tags,
        summary: 'Rename a group, change its sector or council, pair or unpair it (409 once archived)',
        params: GroupParams,
        body: UpdateGroupBody,
        response: { 200: GroupDetail },
      },
    },
    async (req) => {
      await updateGroup(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/member-groups/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive a group (its pair is freed)',
        params: GroupParams,
        response: { 200: GroupDetail },
      },
    },
    async (req) => {
      await archiveGroup(contextOf(req, db), req.params.id);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/member-groups/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Members of the district who may join the group (not in it yet), by name',
        params: GroupParams,
        querystring: CandidatesQuery,
        response: { 200: GroupCandidates },
      },
    },
    async (req) => {
      const g = await manageable(contextOf(req, db), req.params.id);
      const items = await listCandidates(db, g.id, pathAtDepth(g.placePath, 1), req.query.q || undefined);
      return { items };
    },
  );

  r.post(
    '/api/member-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member at a position (组长, 联络员, 成员)',
        params: GroupParams,
        body: AddGroupMemberBody,
        response: { 201: GroupDetail },
      },
    },
    async (req, reply) => {
      await addGroupMember(contextOf(req, db), req.params.id, req.body);
      reply.code(201);
      return detail(req, req.params.id);
    },
  );

  r.patch(
    '/api/member-groups/:id/members/:accountId',
    {
      schema: {
        tags,
        summary: 'Move a member to another position',
        params: GroupMemberParams,
        body: PositionBody,
        response: { 200: GroupDetail },
      },
    },
    async (req) => {
      await changeGroupPosition(contextOf(req, db), req.params.id, req.params.accountId, req.body.position);
      return detail(req, req.params.id);
    },
  );

  r.delete(
    '/api/member-groups/:id/members/:accountId',
    {
      schema: {
        tags,
        summary: 'Take a member out of the group',
        params: GroupMemberParams,
        response: { 200: GroupDetail },
      },
    },
    async (req) => {
      await removeGroupMember(contextOf(req, db), req.params.id, req.params.accountId);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/member-groups/:id/consultations',
    {
      schema: {
        tags,
        summary: 'The consultations a committee organised in a year (those you can see), in date order',
        params: GroupParams,
        querystring: GroupConsultationsQuery,
        response: { 200: GroupConsultations },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const g = await readable(ctx, req.params.id);
      return { year: req.query.year, items: await consultationsOfYear(db, ctx.actor, g.id, req.query.year) };
    },
  );
}
