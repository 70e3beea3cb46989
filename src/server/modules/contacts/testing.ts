// Test fixtures for fixed contacts: township A's members and readers around a village, another
// township's, and helpers to add contacts and log being in touch through the API.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  ContactDetail as ContactDetailSchema,
  ContactList as ContactListSchema,
  ContactLogList as ContactLogListSchema,
  ContactLog as ContactLogSchema,
  CreateContactBody,
  CreateContactLogBody,
} from '../../../shared/api/contacts';
import { contactLogs, memberPlaces, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';

export type ContactDetail = Wire<typeof ContactDetailSchema>;
export type ContactList = Wire<typeof ContactListSchema>;
export type ContactLog = Wire<typeof ContactLogSchema>;
export type ContactLogList = Wire<typeof ContactLogListSchema>;
export { fieldsOf, inDays, NO_SUCH } from '../tasks/testing';

/**
 * A tree; township A's member (who also serves village B, in township B, by assignment), a second
 * member of township A, a member of township B; township A's and B's liaisons, the district CPPCC
 * office, a district leader and department.
 */
export async function contactScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const as = (role: Parameters<typeof buildAccount>[2]['role'], place: typeof tree.district) =>
    buildAccount(t.app, t.db, { role, place });
  const [member, member2, memberB, liaison, liaisonB, cppcc, leader, department] = await Promise.all([
    as('member', tree.townA),
    as('member', tree.townA),
    as('member', tree.townB),
    as('liaison', tree.townA),
    as('liaison', tree.townB),
    as('cppcc', tree.district),
    as('leader', tree.district),
    as('department', tree.district),
  ]);
  await t.db.insert(memberPlaces).values({ accountId: member.id, placeId: tree.villageB.id, kind: 'assigned' });
  return { tree, member, member2, memberB, liaison, liaisonB, cppcc, leader, department };
}
export type ContactScene = Awaited<ReturnType<typeof contactScene>>;

type ContactBody = Wire<typeof CreateContactBody>;
type LogBody = Wire<typeof CreateContactLogBody>;

/** A contact as the form sends it (in village A unless told). */
export const contactBody = (s: ContactScene, extra: Partial<ContactBody> = {}): ContactBody => ({
  kind: 'household',
  name: '李大妈家',
  placeId: s.tree.villageA.id,
  address: '桃园路 3 号',
  phone: '13912345678',
  note: '独居老人，行动不便',
  visitEveryDays: 30,
  ...extra,
});

/** Adds a contact that must be stored; its detail. */
export async function addContact(by: Agent, body: ContactBody) {
  const res = await by.post('/api/contacts', body);
  expect(res.statusCode, res.body).toBe(201);
  return json<ContactDetail>(res);
}

/** A time in touch an hour ago, as the form sends it. */
export const logBody = (extra: Partial<LogBody> = {}): LogBody => ({
  kind: 'visit',
  happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
  summary: '上门走访，了解老人近况',
  ...extra,
});

export const logContact = (by: Agent, body: Partial<LogBody>) => by.post('/api/contacts/logs', body);

/** The submissions a log entry raised, as stored. */
export const submissionsOfLog = (t: TestApp, logId: string) =>
  t.db
    .select({
      channel: submissions.channel,
      status: submissions.status,
      createdById: submissions.createdById,
      placeId: submissions.placeId,
      content: submissions.content,
    })
    .from(submissions)
    .where(eq(submissions.contactLogId, logId));

/** The log entries of a member with this summary, as stored. */
export const logsWithSummary = (t: TestApp, summary: string) =>
  t.db.select({ id: contactLogs.id }).from(contactLogs).where(eq(contactLogs.summary, summary));
