// Test fixtures for members' writings: a district with two townships, the people around a writing
// of township A (its author and another member, the district's CPPCC office, a leader, a liaison, a
// department), others of township B, and helpers to take each step through the API.
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type {
  CreateWritingBody,
  WritingCandidates as WritingCandidatesSchema,
  WritingDetail as WritingDetailSchema,
  WritingList as WritingListSchema,
} from '../../../shared/api/writings';
import { notifications } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';

export type WritingDetail = Wire<typeof WritingDetailSchema>;
export type WritingList = Wire<typeof WritingListSchema>;
export type WritingCandidates = Wire<typeof WritingCandidatesSchema>;
export { fieldsOf, NO_SUCH } from '../tasks/testing';

export async function writingScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const at = (role: Parameters<typeof buildAccount>[2]['role'], place: BuiltPlace) =>
    buildAccount(t.app, t.db, { role, place });
  const [author, member, memberB, cppcc, cppccA, cppccB, leader, leaderB, liaison, department, departmentB, admin] =
    await Promise.all([
      at('member', tree.townA),
      at('member', tree.townA),
      at('member', tree.townB),
      at('cppcc', tree.district),
      at('cppcc', tree.townA),
      at('cppcc', tree.townB),
      at('leader', tree.district),
      at('leader', tree.townB),
      at('liaison', tree.townA),
      at('department', tree.district),
      at('department', tree.townB),
      at('admin', tree.district),
    ]);
  return {
    tree,
    author,
    member,
    memberB,
    cppcc,
    cppccA,
    cppccB,
    leader,
    leaderB,
    liaison,
    department,
    departmentB,
    admin,
  };
}
export type WritingScene = Awaited<ReturnType<typeof writingScene>>;

type CreateBody = Wire<typeof CreateWritingBody>;
/** A 社情民意 on village elderly care, as the form sends it. */
export const elderCare = (extra: Partial<CreateBody> = {}): CreateBody => ({
  kind: 'public_opinion',
  title: '关于加快村级养老服务站建设的建议',
  body: '南岭镇多数村的留守老人缺少日间照料场所，建议依托村党群服务中心建设养老服务站。',
  ...extra,
});

/** Drafts a writing through the API (expects 201); its detail. */
export async function draft(by: Agent, extra: Partial<CreateBody> = {}) {
  const res = await by.post('/api/writings', elderCare(extra));
  expect(res.statusCode, res.body).toBe(201);
  return json<WritingDetail>(res);
}

/** Takes a step through the API; the response. */
export const act = (by: Agent, id: string, step: string, body: Record<string, unknown> = {}) =>
  by.post(`/api/writings/${id}/${step}`, body);

/** Takes a step that must succeed; the detail after it. */
export async function step(by: Agent, id: string, name: string, body: Record<string, unknown> = {}) {
  const res = await act(by, id, name, body);
  expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
  return json<WritingDetail>(res);
}

/** A writing of the scene's author at each stage: submitted, adopted, forwarded to the district leader. */
export async function submitted(s: WritingScene, extra: Partial<CreateBody> = {}) {
  const w = await draft(s.author.agent, extra);
  return step(s.author.agent, w.id, 'submit');
}
export async function adopted(s: WritingScene, extra: Partial<CreateBody> = {}) {
  const w = await submitted(s, extra);
  return step(s.cppcc.agent, w.id, 'adopt');
}
export async function forwarded(s: WritingScene, extra: Partial<CreateBody> = {}) {
  const w = await adopted(s, extra);
  return step(s.cppcc.agent, w.id, 'forward', { accountIds: [s.leader.id] });
}
export async function returned(s: WritingScene) {
  const w = await submitted(s);
  return step(s.cppcc.agent, w.id, 'return', { reason: '请补充具体数据' });
}

/** A walk-in submission recorded by the liaison at `place`. */
export async function submissionAt(liaison: Agent, place: BuiltPlace, content = '村里老人吃饭难，希望办老年食堂') {
  const res = await liaison.post('/api/submissions', { placeId: place.id, channel: 'phone_call', content });
  expect(res.statusCode, res.body).toBe(201);
  return json<Wire<typeof SubmissionDetail>>(res);
}

/** The notices an account got about a writing, oldest first. */
export async function noticesAbout(t: TestApp, accountId: string, writingId: string) {
  return t.db
    .select({ kind: notifications.kind, params: notifications.params, entityType: notifications.entityType })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.entityId, writingId)))
    .orderBy(notifications.createdAt);
}
