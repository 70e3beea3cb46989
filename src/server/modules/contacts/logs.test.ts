// The contact log's routes: a member logs being in touch; a problem raised becomes a submission in one step.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  addContact,
  type ContactDetail,
  type ContactLog,
  type ContactLogList,
  type ContactScene,
  contactBody,
  contactScene,
  fieldsOf,
  inDays,
  logBody,
  logContact,
  logsWithSummary,
  NO_SUCH,
  submissionsOfLog,
} from './testing';

let t: TestApp;
let s: ContactScene;
let anonymous: Agent;
let contact: ContactDetail; // township A's member's, in village A
let entry: ContactLog; // a visit to it

const PROBLEM = { content: '楼道灯坏了一个多月，晚上老人上下楼不安全' };

beforeAll(async () => {
  t = await startTestApp();
  s = await contactScene(t);
  anonymous = new Agent(t.app);
  contact = await addContact(s.member.agent, contactBody(s));
  const res = await logContact(s.member.agent, logBody({ contactId: contact.id }));
  expect(res.statusCode, res.body).toBe(201);
  entry = json<ContactLog>(res);
});

describe('POST /api/contacts/logs', () => {
  it('logs a visit to a contact: the contact is in touch now, no longer due', async () => {
    expect(entry).toMatchObject({
      kind: 'visit',
      summary: '上门走访，了解老人近况',
      place: { id: s.tree.villageA.id },
      contact: { id: contact.id, name: '李大妈家', kind: 'household' },
      member: { id: s.member.id },
      submissions: [],
      canRaise: true,
    });
    const c = json<ContactDetail>(await s.member.agent.get(`/api/contacts/${contact.id}`));
    expect(c).toMatchObject({ isDue: false, logCount: 1, lastContactAt: entry.happenedAt });
    expect(c.logs.map((l) => l.id)).toEqual([entry.id]);
  });

  it('logs being in touch with anyone at a place the member serves, without a contact', async () => {
    const res = await logContact(
      s.member.agent,
      logBody({ kind: 'meeting', placeId: s.tree.villageB.id, summary: '在村委会座谈' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(json<ContactLog>(res)).toMatchObject({ contact: null, place: { id: s.tree.villageB.id } });
  });

  it('files the problem raised as a submission in the same step: taken down by the member, to be sorted', async () => {
    const res = await logContact(
      s.member.agent,
      logBody({
        contactId: contact.id,
        summary: '老人反映楼道灯坏了',
        raise: { ...PROBLEM, contactName: '李大妈', phone: '13800001111', consent: true },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const log = json<ContactLog>(res);
    expect(log.submissions).toHaveLength(1);
    expect(log.submissions[0]).toMatchObject({ status: 'received' });
    expect(await submissionsOfLog(t, log.id)).toEqual([
      {
        channel: 'walk_in',
        status: 'received',
        createdById: s.member.id,
        placeId: s.tree.villageA.id,
        content: PROBLEM.content,
      },
    ]);
    // the liaison sorts it as any other
    const inbox = await s.liaison.agent.get(`/api/submissions/${log.submissions[0]?.id}`);
    expect(inbox.statusCode).toBe(200);
    expect(json<{ allowedActions: string[]; contactLogId: string }>(inbox)).toMatchObject({
      contactLogId: log.id,
      allowedActions: expect.arrayContaining(['to_grid', 'to_community']),
    });
  });

  it('writes both records or neither: a problem refused leaves no log entry', async () => {
    const summary = `不该留下的记录 ${Math.random()}`;
    const res = await logContact(
      s.member.agent,
      logBody({ contactId: contact.id, summary, raise: { ...PROBLEM, categoryId: NO_SUCH } }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).field).toBe('raise.categoryId');
    expect(await logsWithSummary(t, summary)).toEqual([]);
    const c = json<ContactDetail>(await s.member.agent.get(`/api/contacts/${contact.id}`));
    expect(c.logs.some((l) => l.summary === summary)).toBe(false);
  });

  it('answers 401, 403 to anyone but a member, 404 for another’s contact or a place not served, 409 for one no longer kept', async () => {
    expect((await logContact(anonymous, logBody({ contactId: contact.id }))).statusCode).toBe(401);
    for (const who of [s.liaison, s.cppcc, s.leader])
      expect((await logContact(who.agent, logBody({ contactId: contact.id }))).statusCode).toBe(403);
    expect((await logContact(s.member2.agent, logBody({ contactId: contact.id }))).statusCode).toBe(404);
    expect((await logContact(s.member.agent, logBody({ contactId: NO_SUCH }))).statusCode).toBe(404);
    expect((await logContact(s.memberB.agent, logBody({ placeId: s.tree.villageA.id }))).statusCode).toBe(404);
    const gone = await addContact(s.member.agent, contactBody(s, { name: '已搬走' }));
    await s.member.agent.post(`/api/contacts/${gone.id}/archive`);
    const late = await logContact(s.member.agent, logBody({ contactId: gone.id }));
    expect(late.statusCode).toBe(409);
    expect(JSON.parse(late.body).code).toBe('contact_archived');
  });

  it('answers 400 naming each field refused, a place needed without a contact, a time not later than now', async () => {
    const res = await logContact(s.member.agent, {
      contactId: 'x',
      kind: 'letter' as never,
      happenedAt: 'yesterday',
      summary: '好',
      raise: { content: '短', phone: '138' },
    });
    // a phone left without consent is refused too (PIPL), whatever else is wrong
    expect(fieldsOf(res.body)).toEqual([
      'contactId',
      'happenedAt',
      'kind',
      'raise.consent',
      'raise.content',
      'raise.phone',
      'summary',
    ]);
    const consent = await logContact(
      s.member.agent,
      logBody({ contactId: contact.id, raise: { ...PROBLEM, contactName: '李大妈' } }),
    );
    expect(fieldsOf(consent.body)).toEqual(['raise.consent']);
    expect(fieldsOf((await logContact(s.member.agent, {})).body)).toEqual(['happenedAt', 'kind', 'summary']);
    const nowhere = await logContact(s.member.agent, logBody());
    expect(nowhere.statusCode).toBe(400);
    expect(fieldsOf(nowhere.body)).toEqual(['placeId']);
    const ahead = await logContact(s.member.agent, logBody({ contactId: contact.id, happenedAt: inDays(1) }));
    expect(fieldsOf(ahead.body)).toEqual(['happenedAt']);
  });
});

describe('POST /api/contacts/logs/:id/submissions', () => {
  const raise = (by: Agent, id: string, body: unknown) => by.post(`/api/contacts/logs/${id}/submissions`, body);

  it('转为诉求: a call’s problem is filed as a phone call, linked to the entry; more than one may be', async () => {
    const call = json<ContactLog>(
      await logContact(s.member.agent, logBody({ contactId: contact.id, kind: 'call', summary: '电话回访' })),
    );
    expect((await raise(s.member.agent, call.id, PROBLEM)).statusCode).toBe(201);
    const res = await raise(s.member.agent, call.id, { content: '小区门口下水道堵了，雨天积水' });
    expect(res.statusCode, res.body).toBe(201);
    const log = json<ContactLog>(res);
    expect(log.submissions).toHaveLength(2);
    const filed = await submissionsOfLog(t, call.id);
    expect(filed.map((f) => [f.channel, f.createdById])).toEqual([
      ['phone_call', s.member.id],
      ['phone_call', s.member.id],
    ]);
  });

  it('answers 401, 404 to another region and another member, 403 to readers, 400 by field', async () => {
    expect((await raise(anonymous, entry.id, PROBLEM)).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.member2]) expect((await raise(who.agent, entry.id, PROBLEM)).statusCode).toBe(404);
    for (const who of [s.liaison, s.cppcc]) expect((await raise(who.agent, entry.id, PROBLEM)).statusCode).toBe(403);
    expect((await raise(s.member.agent, NO_SUCH, PROBLEM)).statusCode).toBe(404);
    const bad = await raise(s.member.agent, entry.id, { content: '', categoryId: 'x', phone: '1' });
    expect(fieldsOf(bad.body)).toEqual(['categoryId', 'consent', 'content', 'phone']);
    const before = await t.db
      .select({ id: submissions.id })
      .from(submissions)
      .where(eq(submissions.contactLogId, entry.id));
    const refused = await raise(s.member.agent, entry.id, { ...PROBLEM, categoryId: NO_SUCH });
    expect(refused.statusCode).toBe(400);
    expect(await submissionsOfLog(t, entry.id)).toHaveLength(before.length);
  });
});

describe('GET /api/contacts/logs', () => {
  it('lists the member’s own entries, the latest first; readers those in their region', async () => {
    const mine = json<ContactLogList>(await s.member.agent.get('/api/contacts/logs?pageSize=100'));
    expect(mine.items.every((l) => l.member.id === s.member.id)).toBe(true);
    const times = mine.items.map((l) => Date.parse(l.happenedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const a = json<ContactLogList>(
      await s.liaison.agent.get(`/api/contacts/logs?memberId=${s.member.id}&pageSize=100`),
    );
    expect(a.items.every((l) => l.place.id !== s.tree.villageB.id && !l.canRaise)).toBe(true);
    expect(a.items.length).toBeGreaterThan(0);
    const b = json<ContactLogList>(await s.liaisonB.agent.get(`/api/contacts/logs?memberId=${s.member.id}`));
    expect(b.items.map((l) => l.place.id)).toEqual([s.tree.villageB.id]);
    const ofContact = json<ContactLogList>(
      await s.member.agent.get(`/api/contacts/logs?contactId=${contact.id}&kind=visit`),
    );
    expect(ofContact.items.every((l) => l.contact?.id === contact.id && l.kind === 'visit')).toBe(true);
  });

  it('answers 401, 403 to those who see no contacts, 400 on a bad query', async () => {
    expect((await anonymous.get('/api/contacts/logs')).statusCode).toBe(401);
    for (const who of [s.leader, s.department])
      expect((await who.agent.get('/api/contacts/logs')).statusCode).toBe(403);
    const res = await s.member.agent.get('/api/contacts/logs?kind=x&from=never&contactId=1&pageSize=1000');
    expect(fieldsOf(res.body)).toEqual(['contactId', 'from', 'kind', 'pageSize']);
  });
});
