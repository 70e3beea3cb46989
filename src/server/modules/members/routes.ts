import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { forbidden } from '../../platform/errors';
import { createMember } from './create-member';
import { loadMemberDetail, loadMemberList } from './load';
import { addServedPlace, removeServedPlace } from './member-places';
import { canListMembers } from './policy';
import { revealMemberPhone } from './reveal-phone';
import { rosterRoutes } from './roster-routes';
import {
  CreatedMember,
  CreateMemberBody,
  ListMembersQuery,
  MemberList,
  MemberParams,
  MemberPhone,
  MemberPlaceBody,
  MemberPlaceParams,
  MemberResponse,
  UpdateMemberBody,
} from './schemas';
import { setMemberArchived, updateMember } from './update-member';

/** 委员名册: member profiles, the places they serve, and the roster as Excel. */
export async function memberRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];
  const cipher = makeCipher(config.secret);

  r.get(
    '/api/members',
    {
      schema: {
        tags,
        summary: 'The roster: members in your reach (or serving a place in it), filtered and paged',
        querystring: ListMembersQuery,
        response: { 200: MemberList },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!canListMembers(ctx.actor)) throw forbidden();
      return loadMemberList(db, ctx.actor, req.query);
    },
  );

  r.post(
    '/api/members',
    {
      schema: {
        tags,
        summary: 'Add a member: an account with the member role at its home place, a first password, the profile',
        body: CreateMemberBody,
        response: { 201: CreatedMember },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const { id, initialPassword } = await createMember(ctx, cipher, req.body);
      reply.code(201);
      return { member: await loadMemberDetail(db, ctx.actor, id), initialPassword };
    },
  );

  r.get(
    '/api/members/:id',
    {
      schema: {
        tags,
        summary: 'A member’s profile, the places they serve and what you may do',
        params: MemberParams,
        response: { 200: MemberResponse },
      },
    },
    async (req) => loadMemberDetail(db, contextOf(req, db).actor, req.params.id),
  );

  r.put(
    '/api/members/:id',
    {
      schema: {
        tags,
        summary: 'Save a member’s profile as a whole (a phone left out stays as it is)',
        params: MemberParams,
        body: UpdateMemberBody,
        response: { 200: MemberResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await updateMember(ctx, cipher, req.params.id, req.body);
      return loadMemberDetail(db, ctx.actor, req.params.id);
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    r.post(
      `/api/members/:id/${verb}`,
      {
        schema: {
          tags,
          summary: archived ? 'Archive a member (their account is disabled)' : 'Restore an archived member',
          params: MemberParams,
          response: { 200: MemberResponse },
        },
      },
      async (req) => {
        const ctx = contextOf(req, db);
        await setMemberArchived(ctx, req.params.id, archived);
        return loadMemberDetail(db, ctx.actor, req.params.id);
      },
    );
  }

  r.post(
    '/api/members/:id/places',
    {
      schema: {
        tags,
        summary: 'Assign a member to a place: a workstation they belong to, or a village/community/grid (下沉)',
        params: MemberParams,
        body: MemberPlaceBody,
        response: { 201: MemberResponse },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      await addServedPlace(ctx, req.params.id, req.body);
      reply.code(201);
      return loadMemberDetail(db, ctx.actor, req.params.id);
    },
  );

  r.delete(
    '/api/members/:id/places/:kind/:placeId',
    {
      schema: {
        tags,
        summary: 'End a member’s assignment to a place',
        params: MemberPlaceParams,
        response: { 200: MemberResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await removeServedPlace(ctx, req.params.id, req.params.kind, req.params.placeId);
      return loadMemberDetail(db, ctx.actor, req.params.id);
    },
  );

  r.post(
    '/api/members/:id/phone',
    {
      schema: {
        tags,
        summary: 'A member’s full mobile number, for the CPPCC office (recorded in the audit log)',
        params: MemberParams,
        response: { 200: MemberPhone },
      },
    },
    async (req) => revealMemberPhone(contextOf(req, db), cipher, req.params.id),
  );

  await rosterRoutes(app, { db, cipher });
}
