// Test fixtures for member groups: a district with two townships (a village under each), the
// people who keep, read and are kept in groups, and helpers to call the API.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  Coverage as CoverageSchema,
  CreateGroupBody,
  GroupDetail as GroupDetailSchema,
  GroupList as GroupListSchema,
} from '../../../shared/api/member-groups';
import type { Role } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { accounts, grants, memberPlaces } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';
import { withCouncil } from '../consultations/testing';

export type GroupDetail = Wire<typeof GroupDetailSchema>;
export type GroupList = Wire<typeof GroupListSchema>;
export type Coverage = Wire<typeof CoverageSchema>;
export { fieldsOf, NO_SUCH } from '../tasks/testing';

const uniq = () => randomBytes(4).toString('hex');

/** An account holding `role` at `place` that never signs in (a member to put in groups). */
export async function plainAccount(db: Db, place: BuiltPlace, role: Role = 'member', name?: string) {
  const username = `${role}-${uniq()}`;
  const [row] = await db
    .insert(accounts)
    .values({ username, displayName: name ?? `委员 ${username}`, passwordHash: 'x', homePlaceId: place.id })
    .returning({ id: accounts.id });
  const id = (row as { id: string }).id;
  await db.insert(grants).values({ accountId: id, placeId: place.id, role });
  return { id, username };
}

/** Assigns (下沉) members to a place. */
export async function assign(db: Db, place: { id: string }, ...members: { id: string }[]) {
  await db
    .insert(memberPlaces)
    .values(members.map((m) => ({ accountId: m.id, placeId: place.id, kind: 'assigned' as const })));
}

/**
 * A district (the office, a leader, a department and an administrator there), township A (a
 * liaison and a signed-in member) with village A (a council), township B with community B, and
 * another district with its office; four members to put in groups, one of the other district.
 */
export async function groupScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const other = await buildTree(t.db);
  await withCouncil(t.db, tree.villageA);
  await withCouncil(t.db, other.villageA);
  const on = (role: Role, place: BuiltPlace) => buildAccount(t.app, t.db, { role, place });
  const [cppcc, liaison, leader, member, department, admin, cppccB, liaisonB] = await Promise.all([
    on('cppcc', tree.district),
    on('liaison', tree.townA),
    on('leader', tree.district),
    on('member', tree.townA),
    on('department', tree.district),
    on('admin', tree.district),
    on('cppcc', other.district),
    on('liaison', tree.townB),
  ]);
  const members = await Promise.all([
    plainAccount(t.db, tree.townA, 'member', '王海燕'),
    plainAccount(t.db, tree.townA, 'member', '赵立新'),
    plainAccount(t.db, tree.townB, 'member', '孙丽'),
    plainAccount(t.db, tree.district, 'member', '钱进'),
  ]);
  const outsider = await plainAccount(t.db, other.townA, 'member', '外区委员');
  const notMember = await plainAccount(t.db, tree.townA, 'leader', '镇领导');
  return {
    tree,
    other,
    cppcc,
    liaison,
    leader,
    member,
    department,
    admin,
    cppccB,
    liaisonB,
    members,
    outsider,
    notMember,
  };
}
export type GroupScene = Awaited<ReturnType<typeof groupScene>>;

type CreateBody = Wire<typeof CreateGroupBody>;
/** A group name unique to the call. */
export const groupName = (prefix = '小组') => `${prefix}${uniq()}`;

/** Creates a group through the API; the response. */
export const create = (by: Agent, body: Partial<CreateBody>) => by.post('/api/member-groups', body);

/** Creates a group that must be created; its page. */
export async function created(by: Agent, body: CreateBody) {
  const res = await create(by, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<GroupDetail>(res);
}

/** Adds a member that must be added; the group's page. */
export async function added(by: Agent, groupId: string, accountId: string, position = 'member') {
  const res = await by.post(`/api/member-groups/${groupId}/members`, { accountId, position });
  expect(res.statusCode, res.body).toBe(201);
  return json<GroupDetail>(res);
}
