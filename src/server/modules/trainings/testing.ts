// Test fixtures for training (专题培训): a tree with the district CPPCC office, township A's liaison,
// members of township A, of a village beneath it, of township B and of the district, and helpers
// to create sessions and act on them through the API.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  CreateTrainingBody,
  TrainingDetail as TrainingDetailSchema,
  TrainingHours as TrainingHoursSchema,
  TrainingList as TrainingListSchema,
} from '../../../shared/api/trainings';
import type { Role } from '../../../shared/enums';
import { trainings } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';

export type TrainingDetail = Wire<typeof TrainingDetailSchema>;
export type TrainingList = Wire<typeof TrainingListSchema>;
export type TrainingHours = Wire<typeof TrainingHoursSchema>;
export { fieldsOf, NO_SUCH, noticesOf } from '../tasks/testing';

export async function trainingScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const account = (role: Role, place: BuiltPlace) => buildAccount(t.app, t.db, { role, place });
  const [cppcc, liaisonA, liaisonB, leader, admin, department] = await Promise.all([
    account('cppcc', tree.district),
    account('liaison', tree.townA),
    account('liaison', tree.townB),
    account('leader', tree.district),
    account('admin', tree.district),
    account('department', tree.district),
  ]);
  const [memberA1, memberA2, memberV, memberB, memberD] = await Promise.all([
    account('member', tree.townA),
    account('member', tree.townA),
    account('member', tree.villageA),
    account('member', tree.townB),
    account('member', tree.district),
  ]);
  return {
    tree,
    ...{ cppcc, liaisonA, liaisonB, leader, admin, department },
    ...{ memberA1, memberA2, memberV, memberB, memberD },
  };
}
export type TrainingScene = Awaited<ReturnType<typeof trainingScene>>;

type CreateBody = Wire<typeof CreateTrainingBody>;
const HOUR = 3_600_000;
export const hoursFromNow = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** A session of township A as the form sends it: signing in now (started an hour ago), every member of the township invited. */
export const sessionBody = (s: TrainingScene, extra: Partial<CreateBody> = {}): CreateBody => ({
  placeId: s.tree.townA.id,
  kind: 'course',
  title: '委员履职能力专题培训',
  description: '学习政协章程和提案撰写',
  venue: '镇政协委员工作站会议室',
  startsAt: hoursFromNow(-1),
  endsAt: hoursFromNow(1),
  hours: 1.5,
  inviteAll: true,
  memberIds: [],
  ...extra,
});

export const create = (by: Agent, body: Partial<CreateBody>) => by.post('/api/trainings', body);

/** Creates a session that must be created; its page. */
export async function created(s: TrainingScene, extra: Partial<CreateBody> = {}, by = s.cppcc.agent) {
  const res = await create(by, sessionBody(s, extra));
  expect(res.statusCode, res.body).toBe(201);
  return json<TrainingDetail>(res);
}

/** Moves a session's times, as time passing would (the start may lie in the past). */
export async function setTimes(t: TestApp, id: string, startsAt: string, endsAt: string) {
  await t.db
    .update(trainings)
    .set({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) })
    .where(eq(trainings.id, id));
}

/** The session's sign-in token, as the QR code carries it. */
export async function tokenOf(t: TestApp, id: string) {
  const [row] = await t.db.select({ token: trainings.checkinToken }).from(trainings).where(eq(trainings.id, id));
  return row?.token ?? '';
}

export const tick = (by: Agent, id: string, accountId: string, attended: unknown) =>
  by.request('PUT', `/api/trainings/${id}/attendance/${accountId}`, { attended });
