import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName } from '../../platform/docx/gongwen';
import { XLSX_MIME } from '../../platform/xlsx-export';
import { readable } from './access';
import { checkInByToken, checkInInfo, checkInSelf, tickAttendance } from './attendance';
import { cancelTraining, inviteToTraining, updateTraining } from './change-training';
import { createTraining } from './create-training';
import { trainingHours, trainingHoursSheet } from './hours';
import { invitableMembers, listTrainings } from './list-trainings';
import { loadTrainingDetail } from './load';
import {
  AttendanceBody,
  CheckInInfo,
  CheckInParams,
  CheckInResult,
  CreateTrainingBody,
  InvitableMembers,
  InvitableMembersQuery,
  InviteBody,
  ListTrainingsQuery,
  TrainingDetail,
  TrainingHours,
  TrainingHoursQuery,
  TrainingList,
  TrainingMemberParams,
  TrainingParams,
  UpdateTrainingBody,
} from './schemas';

/** 专题培训: sessions, invitations, QR sign-in and ticked attendance, and the hours per member. */
export async function trainingCoreRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trainings'];

  /** The session's page as the viewer sees it now (404 unseen). */
  const detailOf = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    return loadTrainingDetail(db, ctx.actor, await readable(ctx, id), config.publicUrl);
  };

  r.get(
    '/api/trainings',
    {
      schema: {
        tags,
        summary: 'Training sessions you see (your region; your places’; invited or attended), latest first',
        querystring: ListTrainingsQuery,
        response: { 200: TrainingList },
      },
    },
    async (req) => listTrainings(contextOf(req, db), req.query),
  );

  r.post(
    '/api/trainings',
    {
      schema: {
        tags,
        summary: 'Create a session at a place in your reach with its QR code; the members invited are told',
        body: CreateTrainingBody,
        response: { 201: TrainingDetail },
      },
    },
    async (req, reply) => {
      const { id } = await createTraining(contextOf(req, db), req.body);
      reply.code(201);
      return detailOf(req, id);
    },
  );

  r.get(
    '/api/trainings/hours',
    {
      schema: {
        tags,
        summary:
          '学时统计: each member in your reach — sessions invited to, attended, missed, credit hours — in a year',
        querystring: TrainingHoursQuery,
        response: { 200: TrainingHours },
      },
    },
    async (req) => trainingHours(contextOf(req, db), req.query),
  );

  r.get(
    '/api/trainings/hours.xlsx',
    { schema: { tags, summary: 'The year’s hours table as an Excel sheet', querystring: TrainingHoursQuery } },
    async (req, reply) => {
      const { buffer, fileName } = await trainingHoursSheet(contextOf(req, db), req.query);
      reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentName(fileName));
      return reply.send(buffer);
    },
  );

  r.get(
    '/api/trainings/invitable',
    {
      schema: {
        tags,
        summary: 'Members you may invite to a session at the place (within your reach), by name',
        querystring: InvitableMembersQuery,
        response: { 200: InvitableMembers },
      },
    },
    async (req) => invitableMembers(contextOf(req, db), req.query),
  );

  r.get(
    '/api/trainings/check-in/:token',
    {
      schema: {
        tags,
        summary: 'The session behind a sign-in QR code, and whether you may sign in',
        params: CheckInParams,
        response: { 200: CheckInInfo },
      },
    },
    async (req) => checkInInfo(contextOf(req, db), req.params.token),
  );

  r.post(
    '/api/trainings/check-in/:token',
    {
      schema: {
        tags,
        summary: 'Sign yourself in by the QR code (a member the session is for, while sign-in is open; idempotent)',
        params: CheckInParams,
        response: { 200: CheckInResult },
      },
    },
    async (req) => checkInByToken(contextOf(req, db), req.params.token),
  );

  r.get(
    '/api/trainings/:id',
    {
      schema: {
        tags,
        summary: 'A session: materials, the invited and attendance, the QR code’s address, what you may do',
        params: TrainingParams,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => detailOf(req, req.params.id),
  );

  r.patch(
    '/api/trainings/:id',
    {
      schema: {
        tags,
        summary: 'Change a session’s kind, title, description, venue, times or hours',
        params: TrainingParams,
        body: UpdateTrainingBody,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => {
      await updateTraining(contextOf(req, db), req.params.id, req.body);
      return detailOf(req, req.params.id);
    },
  );

  r.post(
    '/api/trainings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a session nobody attended',
        params: TrainingParams,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => {
      await cancelTraining(contextOf(req, db), req.params.id);
      return detailOf(req, req.params.id);
    },
  );

  r.post(
    '/api/trainings/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite more members: every member of the place’s reach, or those chosen (each told once)',
        params: TrainingParams,
        body: InviteBody,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => {
      await inviteToTraining(contextOf(req, db), req.params.id, req.body);
      return detailOf(req, req.params.id);
    },
  );

  r.post(
    '/api/trainings/:id/check-in',
    {
      schema: {
        tags,
        summary: 'Sign yourself in from the session’s page (as by the QR code)',
        params: TrainingParams,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => {
      await checkInSelf(contextOf(req, db), req.params.id);
      return detailOf(req, req.params.id);
    },
  );

  r.put(
    '/api/trainings/:id/attendance/:accountId',
    {
      schema: {
        tags,
        summary: 'Tick a member present (or take it back), once sign-in has opened',
        params: TrainingMemberParams,
        body: AttendanceBody,
        response: { 200: TrainingDetail },
      },
    },
    async (req) => {
      await tickAttendance(contextOf(req, db), req.params.id, req.params.accountId, req.body.attended);
      return detailOf(req, req.params.id);
    },
  );
}
