// Test fixtures for 吹哨报到: a tree with village A's liaison (the caller), members serving the
// village or wanted for their sector or expertise, members who are not, departments, and helpers
// to raise and act on whistles through the API.
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  RaiseWhistleBody,
  WhistleDetail as WhistleDetailSchema,
  WhistleList as WhistleListSchema,
} from '../../../shared/api/whistles';
import type { MemberSector, Role } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { memberPlaces, memberProfiles } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';

export type WhistleDetail = Wire<typeof WhistleDetailSchema>;
export type WhistleList = Wire<typeof WhistleListSchema>;
export { fieldsOf, inDays, NO_SUCH, noticesOf } from '../tasks/testing';

/** A member's profile (委员档案) and the places they serve, written as the members module would. */
export async function giveProfile(
  db: Db,
  accountId: string,
  p: { sector: MemberSector; expertise?: string[]; serves?: BuiltPlace[]; workstation?: BuiltPlace },
) {
  await db.insert(memberProfiles).values({
    accountId,
    sector: p.sector,
    party: 'non_party',
    expertise: p.expertise ?? [],
    termStart: 2022,
    termEnd: 2027,
  });
  for (const place of p.serves ?? [])
    await db.insert(memberPlaces).values({ accountId, placeId: place.id, kind: 'assigned' });
  if (p.workstation)
    await db.insert(memberPlaces).values({ accountId, placeId: p.workstation.id, kind: 'workstation' });
}

export async function whistleScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const account = (role: Role, place: BuiltPlace) => buildAccount(t.app, t.db, { role, place });
  const [caller, liaisonA, cppcc, liaisonB, leader, admin, department, department2, departmentB] = await Promise.all([
    account('liaison', tree.villageA),
    account('liaison', tree.townA),
    account('cppcc', tree.district),
    account('liaison', tree.townB),
    account('leader', tree.district),
    account('admin', tree.district),
    account('department', tree.district),
    account('department', tree.district),
    account('department', tree.townB), // serves another township: not one to pick for village A
  ]);
  const [serving, bySector, byExpertise, other, memberB] = await Promise.all([
    account('member', tree.townA),
    account('member', tree.townA),
    account('member', tree.townA),
    account('member', tree.townA),
    account('member', tree.townB),
  ]);
  await giveProfile(t.db, serving.id, { sector: 'medicine', serves: [tree.villageA] });
  await giveProfile(t.db, bySector.id, { sector: 'agriculture' });
  await giveProfile(t.db, byExpertise.id, { sector: 'economy', expertise: ['法律', '调解'] });
  // of the township's workstation (委员工作站), which serves the township itself, not each of its villages
  await giveProfile(t.db, other.id, { sector: 'arts', expertise: ['书法'], workstation: tree.townA });
  await giveProfile(t.db, memberB.id, { sector: 'agriculture' }); // wanted, but of another township
  return {
    tree,
    ...{ caller, liaisonA, cppcc, liaisonB, leader, admin, department, department2, departmentB },
    ...{ serving, bySector, byExpertise, other, memberB },
  };
}
export type WhistleScene = Awaited<ReturnType<typeof whistleScene>>;

type RaiseBody = Wire<typeof RaiseWhistleBody>;
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** A whistle of village A as the form sends it: farming help wanted, legal expertise, the first department. */
export const raiseBody = (s: WhistleScene, extra: Partial<RaiseBody> = {}): RaiseBody => ({
  placeId: s.tree.villageA.id,
  need: '村里水稻出现大面积病虫害，需要农技和植保方面的帮助',
  sectors: ['agriculture'],
  expertise: ['法律'],
  location: '柳塘村三组稻田',
  dueAt: hoursFromNow(48),
  departmentIds: [s.department.id],
  ...extra,
});

export const raise = (by: Agent, body: Partial<RaiseBody>) => by.post('/api/whistles', body);

/** Raises a whistle that must be raised; its page. */
export async function raised(s: WhistleScene, extra: Partial<RaiseBody> = {}, by = s.caller.agent) {
  const res = await raise(by, raiseBody(s, extra));
  expect(res.statusCode, res.body).toBe(201);
  return json<WhistleDetail>(res);
}

export const answer = (by: Agent, id: string, note?: string | null) =>
  by.post(`/api/whistles/${id}/answers`, note === undefined ? {} : { note });
export const recordDone = (by: Agent, id: string, body: { didWhat?: unknown; doneAt?: unknown }) =>
  by.request('PUT', `/api/whistles/${id}/answers/mine`, body);
export const close = (by: Agent, id: string, body: { rating?: unknown; note?: unknown }) =>
  by.post(`/api/whistles/${id}/close`, body);
export const withdraw = (by: Agent, id: string) => by.post(`/api/whistles/${id}/withdraw`);
