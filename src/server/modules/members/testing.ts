// What the members tests share: a district with a workstation at township A, the people who use
// the roster, another district to be "another region", and a member made through the API.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { CreatedMember, MemberList, MemberResponse } from '../../../shared/api/members';
import { places } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, type TestApp } from '../../testing/harness';

export type Member = Wire<typeof MemberResponse>;
export type Created = Wire<typeof CreatedMember>;
export type Roster = Wire<typeof MemberList>;

const uniq = () => randomBytes(3).toString('hex');

/** A valid body for POST /api/members homed at `homePlaceId`, with `extra` on top. */
export const memberBody = (homePlaceId: string, extra: Record<string, unknown> = {}) => {
  const tag = uniq();
  return {
    username: `m-${tag}`,
    displayName: `委员${tag}`,
    homePlaceId,
    memberNo: `T-${tag.toUpperCase()}`,
    sector: 'agriculture',
    level: 'county',
    party: 'jiusan',
    gender: 'female',
    employer: `青禾农科所${tag}`,
    position: '所长',
    expertise: ['农技', '水利'],
    termStart: 2022,
    termEnd: 2026,
    phone: '13912345678',
    ...extra,
  };
};

/** Everyone the members tests sign in as, over one district (and one other district). */
export async function memberFixture(t: TestApp) {
  const tree = await buildTree(t.db);
  const other = await buildTree(t.db);
  // township A has a 委员工作站
  await t.db.update(places).set({ hasWorkstation: true }).where(eq(places.id, tree.townA.id));
  const as = (role: Parameters<typeof buildAccount>[2]['role'], place: typeof tree.district) =>
    buildAccount(t.app, t.db, { role, place }).then((a) => a.agent);
  const [office, townOffice, townBOffice, otherOffice, liaison, villageBLiaison, leader, admin, department] =
    await Promise.all([
      as('cppcc', tree.district),
      as('cppcc', tree.townA),
      as('cppcc', tree.townB),
      as('cppcc', other.district),
      as('liaison', tree.townA),
      as('liaison', tree.villageB),
      as('leader', tree.district),
      as('admin', tree.district),
      as('department', tree.district),
    ]);
  return {
    tree,
    other,
    office, // 区政协办公室: cppcc at the district
    townOffice, // cppcc at township A
    townBOffice,
    otherOffice, // cppcc of another district
    liaison, // liaison of township A
    villageBLiaison,
    leader,
    admin,
    department,
  };
}

/** A member added through the API by `by`, homed at `homePlaceId`. */
export async function addMember(by: Agent, homePlaceId: string, extra: Record<string, unknown> = {}) {
  const body = memberBody(homePlaceId, extra);
  const res = await by.post('/api/members', body);
  expect(res.statusCode, res.body).toBe(201);
  const created = json<Created>(res);
  return { ...created.member, initialPassword: created.initialPassword, body };
}

let ipSeq = 1;
/** Signs a new member in and changes their first password, as the console makes them; their session after. */
export async function memberSession(app: TestApp['app'], m: { username: string; initialPassword: string }) {
  const ip = () => `10.8.${ipSeq >> 8}.${(ipSeq++ & 255) + 1}`;
  const first = await Agent.signIn(app, m.username, m.initialPassword, ip());
  const newPassword = `Changed-${m.initialPassword}-9`;
  const res = await first.post('/api/auth/password', { currentPassword: m.initialPassword, newPassword });
  expect(res.statusCode, res.body).toBeLessThan(300);
  m.initialPassword = newPassword;
  return Agent.signIn(app, m.username, newPassword, ip());
}
