// Test fixtures for reception days: township A's village with its members and the people who keep
// its rota, another township's, and helpers to put members on the rota through the API.
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  CreateReceptionBody,
  FillMonthResult as FillMonthResultSchema,
  ReceptionDetail as ReceptionDetailSchema,
  ReceptionList as ReceptionListSchema,
  ReceptionMembers as ReceptionMembersSchema,
} from '../../../shared/api/receptions';
import { memberPlaces, memberProfiles } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';

export type ReceptionDetail = Wire<typeof ReceptionDetailSchema>;
export type ReceptionList = Wire<typeof ReceptionListSchema>;
export type ReceptionMembers = Wire<typeof ReceptionMembersSchema>;
export type FillMonthResult = Wire<typeof FillMonthResultSchema>;
export { fieldsOf, NO_SUCH, noticesOf } from '../tasks/testing';

const HOUR = 3_600_000;
/** An instant `hours` from now, ISO. */
export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/**
 * A tree; township A's members (one of 医药卫生 with a profile), a member of township B assigned to
 * village A, a member of township B; township A's and B's liaisons; the district CPPCC office,
 * leader, department and administrator.
 */
export async function receptionScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const as = (role: Parameters<typeof buildAccount>[2]['role'], place: typeof tree.district) =>
    buildAccount(t.app, t.db, { role, place });
  const [member, member2, assigned, memberB, liaison, liaisonB, cppcc, leader, department, admin] = await Promise.all([
    as('member', tree.townA),
    as('member', tree.townA),
    as('member', tree.townB),
    as('member', tree.townB),
    as('liaison', tree.townA),
    as('liaison', tree.townB),
    as('cppcc', tree.district),
    as('leader', tree.district),
    as('department', tree.district),
    as('admin', tree.district),
  ]);
  await t.db.insert(memberPlaces).values({ accountId: assigned.id, placeId: tree.villageA.id, kind: 'assigned' });
  await t.db
    .insert(memberProfiles)
    .values({ accountId: member.id, sector: 'medicine', party: 'non_party', termStart: 2022, termEnd: 2026 });
  return { tree, member, member2, assigned, memberB, liaison, liaisonB, cppcc, leader, department, admin };
}
export type ReceptionScene = Awaited<ReturnType<typeof receptionScene>>;

type SlotBody = Wire<typeof CreateReceptionBody>;

/** A slot for township A's member at village A, starting in `startInHours`, lasting two hours. */
export const slotBody = (s: ReceptionScene, startInHours: number, extra: Partial<SlotBody> = {}): SlotBody => ({
  placeId: s.tree.villageA.id,
  memberId: s.member.id,
  startsAt: inHours(startInHours),
  endsAt: inHours(startInHours + 2),
  venue: '党群服务中心一楼',
  ...extra,
});

/** Puts a member on the rota (the township liaison by default); the slot's page. */
export async function schedule(by: Agent, body: SlotBody) {
  const res = await by.post('/api/receptions', body);
  expect(res.statusCode, res.body).toBe(201);
  return json<ReceptionDetail>(res);
}
