import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { signInSelf } from './attendance';
import { inviteFixedMembers } from './fixed-members';
import { addParticipant, removeParticipant, tickAttendance } from './participants';
import { addConsensus, addDissent, editConsensus, removeConsensus, removeDissent } from './record-consensus';
import { addOpinion, recordStep, removeOpinion } from './record-opinion';
import {
  AddParticipantBody,
  AttendanceBody,
  ConsensusBody,
  ConsensusItem,
  ConsultationParams,
  Dissent,
  DissentBody,
  FixedMembersResult,
  Opinion,
  OpinionBody,
  Participant,
  Step,
  StepBody,
} from './schemas';

const ParticipantParams = ConsultationParams.extend({ pid: z.uuid() });
const StepParams = ConsultationParams.extend({ stepId: z.uuid() });
const OpinionParams = ConsultationParams.extend({ oid: z.uuid() });
const ConsensusParams = ConsultationParams.extend({ cid: z.uuid() });
const DissentParams = ConsultationParams.extend({ did: z.uuid() });

/** The record: participants and attendance, steps, opinions, consensus and dissent (409 once closed). */
export async function recordRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consultations'];
  const created = { 201: Participant };
  const noContent = { 204: z.null() };

  r.post(
    '/api/consultations/:id/participants',
    {
      schema: {
        tags,
        summary: 'Invite an account, or a person without one by name and affiliation',
        params: ConsultationParams,
        body: AddParticipantBody,
        response: created,
      },
    },
    async (req, reply) => {
      const row = await addParticipant(contextOf(req, db), req.params.id, req.body);
      return reply.code(201).send(row);
    },
  );

  r.post(
    '/api/consultations/:id/participants/fixed-members',
    {
      schema: {
        tags,
        summary:
          'Invite the fixed members of the council’s groups (固定成员) as members, skipping those already invited',
        params: ConsultationParams,
        response: { 200: FixedMembersResult },
      },
    },
    async (req) => inviteFixedMembers(contextOf(req, db), req.params.id),
  );

  r.delete(
    '/api/consultations/:id/participants/:pid',
    { schema: { tags, summary: 'Take someone off the list', params: ParticipantParams, response: noContent } },
    async (req, reply) => {
      await removeParticipant(contextOf(req, db), req.params.id, req.params.pid);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/consultations/:id/participants/:pid/attendance',
    {
      schema: {
        tags,
        summary: 'Tick someone off as present (or take it back)',
        params: ParticipantParams,
        body: AttendanceBody,
        response: { 200: Participant },
      },
    },
    async (req) => tickAttendance(contextOf(req, db), req.params.id, req.params.pid, req.body.attended),
  );

  r.post(
    '/api/consultations/:id/sign-in',
    {
      schema: {
        tags,
        summary: 'A signed-in invitee signs themself in',
        params: ConsultationParams,
        response: { 200: Participant },
      },
    },
    async (req) => signInSelf(contextOf(req, db), req.params.id),
  );

  r.post(
    '/api/consultations/:id/steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Complete a step of the procedure (with what it produced) or reopen it',
        params: StepParams,
        body: StepBody,
        response: { 200: Step },
      },
    },
    async (req) => recordStep(contextOf(req, db), req.params.id, req.params.stepId, req.body),
  );

  r.post(
    '/api/consultations/:id/opinions',
    {
      schema: {
        tags,
        summary: 'Record an opinion as voiced: who, stance, text',
        params: ConsultationParams,
        body: OpinionBody,
        response: { 201: Opinion },
      },
    },
    async (req, reply) => reply.code(201).send(await addOpinion(contextOf(req, db), req.params.id, req.body)),
  );

  r.delete(
    '/api/consultations/:id/opinions/:oid',
    { schema: { tags, summary: 'Remove an opinion', params: OpinionParams, response: noContent } },
    async (req, reply) => {
      await removeOpinion(contextOf(req, db), req.params.id, req.params.oid);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/consultations/:id/consensus',
    {
      schema: {
        tags,
        summary: 'Add a numbered consensus item',
        params: ConsultationParams,
        body: ConsensusBody,
        response: { 201: ConsensusItem },
      },
    },
    async (req, reply) => reply.code(201).send(await addConsensus(contextOf(req, db), req.params.id, req.body)),
  );

  r.patch(
    '/api/consultations/:id/consensus/:cid',
    {
      schema: {
        tags,
        summary: 'Reword a consensus item',
        params: ConsensusParams,
        body: ConsensusBody,
        response: { 200: ConsensusItem },
      },
    },
    async (req) => editConsensus(contextOf(req, db), req.params.id, req.params.cid, req.body),
  );

  r.delete(
    '/api/consultations/:id/consensus/:cid',
    {
      schema: {
        tags,
        summary: 'Remove a consensus item (later ones renumbered)',
        params: ConsensusParams,
        response: noContent,
      },
    },
    async (req, reply) => {
      await removeConsensus(contextOf(req, db), req.params.id, req.params.cid);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/consultations/:id/dissents',
    {
      schema: {
        tags,
        summary: 'Keep dissent on record, optionally against one consensus item',
        params: ConsultationParams,
        body: DissentBody,
        response: { 201: Dissent },
      },
    },
    async (req, reply) => reply.code(201).send(await addDissent(contextOf(req, db), req.params.id, req.body)),
  );

  r.delete(
    '/api/consultations/:id/dissents/:did',
    { schema: { tags, summary: 'Remove a dissent', params: DissentParams, response: noContent } },
    async (req, reply) => {
      await removeDissent(contextOf(req, db), req.params.id, req.params.did);
      return reply.code(204).send(null);
    },
  );
}
