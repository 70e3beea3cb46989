// The fixed contacts' routes (联系群众): a member keeps their own; the region's readers read them.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import { memberContacts } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  addContact,
  type ContactDetail,
  type ContactList,
  type ContactScene,
  contactBody,
  contactScene,
  fieldsOf,
  logBody,
  logContact,
  NO_SUCH,
} from './testing';

let t: TestApp;
let s: ContactScene;
let anonymous: Agent;
let own: ContactDetail; // township A's member's contact in village A

beforeAll(async () => {
  t = await startTestApp();
  s = await contactScene(t);
  anonymous = new Agent(t.app);
  own = await addContact(s.member.agent, contactBody(s));
});

describe('POST /api/contacts', () => {
  it('adds a member’s contact: the phone kept encrypted and shown masked, due a visit until the first contact', async () => {
    expect(own).toMatchObject({
      kind: 'household',
      name: '李大妈家',
      place: { id: s.tree.villageA.id },
      member: { id: s.member.id },
      address: '桃园路 3 号',
      phoneMasked: '139****5678',
      visitEveryDays: 30,
      lastContactAt: null,
      nextVisitAt: null,
      isDue: true,
      logCount: 0,
      logs: [],
      abilities: { edit: true, log: true, revealPhone: true },
    });
    expect(JSON.stringify(own)).not.toContain('13912345678');
    const [stored] = await t.db.select().from(memberContacts).where(eq(memberContacts.id, own.id));
    expect(stored?.phoneCipher).toBeTruthy();
    expect(stored?.phoneCipher).not.toContain('13912345678');
  });

  it('adds one at a place the member serves beyond their grant (village B, by assignment)', async () => {
    const c = await addContact(
      s.member.agent,
      contactBody(s, { placeId: s.tree.villageB.id, kind: 'enterprise', name: '河湾合作社', address: '石桥路 8 号' }),
    );
    expect(c.place.id).toBe(s.tree.villageB.id);
  });

  it('allows more than three, counting them so the page warns', async () => {
    const m = await buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA });
    let last: ContactDetail | undefined;
    for (const name of ['一', '二', '三', '四']) last = await addContact(m.agent, contactBody(s, { name }));
    expect(last?.memberContactCount).toBe(4);
    expect(json<ContactList>(await m.agent.get('/api/contacts')).own).toEqual({ count: 4, due: 4 });
  });

  it('answers 401, 403 to anyone but a member, 404 at a place the member does not serve', async () => {
    expect((await anonymous.post('/api/contacts', contactBody(s))).statusCode).toBe(401);
    for (const who of [s.liaison, s.cppcc, s.leader, s.department])
      expect((await who.agent.post('/api/contacts', contactBody(s))).statusCode).toBe(403);
    // township B's member reaches village B, not village A
    expect((await s.memberB.agent.post('/api/contacts', contactBody(s))).statusCode).toBe(404);
    const missing = await s.member.agent.post('/api/contacts', contactBody(s, { placeId: NO_SUCH }));
    expect(missing.statusCode).toBe(404);
  });

  it('answers 400 naming each field refused', async () => {
    const res = await s.member.agent.post('/api/contacts', {
      kind: 'friend',
      name: ' ',
      placeId: 'x',
      address: '路'.repeat(201),
      phone: '12345',
      note: '注'.repeat(501),
      visitEveryDays: 3,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['address', 'kind', 'name', 'note', 'phone', 'placeId', 'visitEveryDays']);
    expect(fieldsOf((await s.member.agent.post('/api/contacts', {})).body)).toEqual(['kind', 'name', 'placeId']);
  });
});

describe('GET /api/contacts', () => {
  it('shows a member their own only; township A’s readers those in their region', async () => {
    await addContact(s.member2.agent, contactBody(s, { name: '张师傅' }));
    const mine = json<ContactList>(await s.member.agent.get('/api/contacts'));
    expect(mine.items.every((c) => c.member.id === s.member.id)).toBe(true);
    expect(mine.own).toMatchObject({ count: 2 });
    for (const who of [s.liaison, s.cppcc]) {
      const seen = json<ContactList>(await who.agent.get(`/api/contacts?placeId=${s.tree.townA.id}&pageSize=100`));
      expect(seen.own).toBeNull();
      const ofMembers = seen.items.filter((c) => [s.member.id, s.member2.id].includes(c.member.id));
      expect(ofMembers.map((c) => c.name).sort()).toEqual(['张师傅', '李大妈家']);
      expect(seen.items.every((c) => c.place.id !== s.tree.villageB.id)).toBe(true);
    }
    // township B's liaison sees the member's contact in village B, not those in village A
    const b = json<ContactList>(await s.liaisonB.agent.get('/api/contacts'));
    expect(b.items.map((c) => c.place.id)).toEqual([s.tree.villageB.id]);
  });

  it('filters by member, kind, words, due; archived ones only when asked', async () => {
    const byMember = json<ContactList>(await s.liaison.agent.get(`/api/contacts?memberId=${s.member2.id}`));
    expect(byMember.items.map((c) => c.name)).toEqual(['张师傅']);
    const byWords = json<ContactList>(await s.member.agent.get('/api/contacts?q=桃园'));
    expect(byWords.items.map((c) => c.id)).toEqual([own.id]);
    const byKind = json<ContactList>(await s.member.agent.get('/api/contacts?kind=enterprise'));
    expect(byKind.items.map((c) => c.kind)).toEqual(['enterprise']);
  });

  it('answers 401, 403 to those who see no contacts, 400 on a bad query', async () => {
    expect((await anonymous.get('/api/contacts')).statusCode).toBe(401);
    for (const who of [s.leader, s.department]) expect((await who.agent.get('/api/contacts')).statusCode).toBe(403);
    const res = await s.member.agent.get('/api/contacts?page=0&kind=x&due=maybe&placeId=x&memberId=y');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['due', 'kind', 'memberId', 'page', 'placeId']);
  });
});

describe('the visits due', () => {
  it('a contact is due when never in touch or the last time is older than its cadence', async () => {
    const m = await buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA });
    const fresh = await addContact(m.agent, contactBody(s, { name: '刚走访', visitEveryDays: 30 }));
    const stale = await addContact(m.agent, contactBody(s, { name: '久未联系', visitEveryDays: 30 }));
    await addContact(m.agent, contactBody(s, { name: '从未联系' }));
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    expect((await logContact(m.agent, logBody({ contactId: fresh.id, happenedAt: at(2) }))).statusCode).toBe(201);
    expect((await logContact(m.agent, logBody({ contactId: stale.id, happenedAt: at(40) }))).statusCode).toBe(201);
    const all = json<ContactList>(await m.agent.get('/api/contacts'));
    // those due first: never in touch, then the longest overdue
    expect(all.items.map((c) => [c.name, c.isDue])).toEqual([
      ['从未联系', true],
      ['久未联系', true],
      ['刚走访', false],
    ]);
    expect(all.own).toEqual({ count: 3, due: 2 });
    const due = json<ContactList>(await m.agent.get('/api/contacts?due=true'));
    expect(due.items.map((c) => c.name)).toEqual(['从未联系', '久未联系']);
    const detail = json<ContactDetail>(await m.agent.get(`/api/contacts/${fresh.id}`));
    expect(detail).toMatchObject({ isDue: false, logCount: 1 });
    expect(Date.parse(detail.nextVisitAt ?? '') - Date.parse(detail.lastContactAt ?? '')).toBe(30 * 86_400_000);
  });
});

describe('GET /api/contacts/:id', () => {
  it('shows readers in the region the contact without what only the member may do', async () => {
    const r = json<ContactDetail>(await s.cppcc.agent.get(`/api/contacts/${own.id}`));
    expect(r).toMatchObject({ id: own.id, phoneMasked: '139****5678' });
    expect(r.abilities).toEqual({ edit: false, log: false, revealPhone: false });
  });

  it('answers 401, 404 to another region, another member and no such contact, 400 on a bad id', async () => {
    expect((await anonymous.get(`/api/contacts/${own.id}`)).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.member2, s.leader])
      expect((await who.agent.get(`/api/contacts/${own.id}`)).statusCode).toBe(404);
    expect((await s.member.agent.get(`/api/contacts/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.member.agent.get('/api/contacts/x')).statusCode).toBe(400);
  });
});

describe('PATCH /api/contacts/:id', () => {
  it('changes what the member keeps; an empty address and a null phone clear them', async () => {
    const c = await addContact(s.member.agent, contactBody(s, { name: '王家' }));
    const res = await s.member.agent.patch(`/api/contacts/${c.id}`, {
      name: '王大爷家',
      address: '',
      phone: null,
      visitEveryDays: 60,
      placeId: s.tree.gridA.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<ContactDetail>(res)).toMatchObject({
      name: '王大爷家',
      address: null,
      phoneMasked: null,
      note: '独居老人，行动不便',
      visitEveryDays: 60,
      place: { id: s.tree.gridA.id },
    });
  });

  it('answers 401, 404, 403 to readers, 400 by field and at a place not served, 409 once no longer kept', async () => {
    const url = `/api/contacts/${own.id}`;
    expect((await anonymous.patch(url, { name: '新' })).statusCode).toBe(401);
    expect((await s.liaisonB.agent.patch(url, { name: '新' })).statusCode).toBe(404);
    for (const who of [s.liaison, s.cppcc]) expect((await who.agent.patch(url, { name: '新' })).statusCode).toBe(403);
    const bad = await s.member.agent.patch(url, { name: '', kind: 'x', phone: '1', visitEveryDays: 400, placeId: 'x' });
    expect(fieldsOf(bad.body)).toEqual(['kind', 'name', 'phone', 'placeId', 'visitEveryDays']);
    const far = await s.member.agent.patch(url, { placeId: s.tree.townB.id });
    expect(far.statusCode).toBe(400);
    expect(fieldsOf(far.body)).toEqual(['placeId']);
    const gone = await addContact(s.member.agent, contactBody(s, { name: '搬走了' }));
    expect((await s.member.agent.post(`/api/contacts/${gone.id}/archive`)).statusCode).toBe(200);
    const late = await s.member.agent.patch(`/api/contacts/${gone.id}`, { name: '新' });
    expect(late.statusCode).toBe(409);
    expect(JSON.parse(late.body).code).toBe('contact_archived');
  });
});

describe('POST /api/contacts/:id/archive', () => {
  it('takes the contact off the list and the visits due; its log stays; archived=true shows it', async () => {
    const m = await buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA });
    const c = await addContact(m.agent, contactBody(s));
    expect((await logContact(m.agent, logBody({ contactId: c.id }))).statusCode).toBe(201);
    const res = await m.agent.post(`/api/contacts/${c.id}/archive`);
    expect(res.statusCode).toBe(200);
    expect(json<ContactDetail>(res)).toMatchObject({ logCount: 1, abilities: { edit: false, log: false } });
    expect(json<ContactDetail>(res).archivedAt).toBeTruthy();
    expect(json<ContactList>(await m.agent.get('/api/contacts')).items).toEqual([]);
    expect(json<ContactList>(await m.agent.get('/api/contacts')).own).toEqual({ count: 0, due: 0 });
    expect(json<ContactList>(await m.agent.get('/api/contacts?archived=true')).items.map((x) => x.id)).toEqual([c.id]);
    expect((await m.agent.post(`/api/contacts/${c.id}/archive`)).statusCode).toBe(409);
  });

  it('answers 401, 404, 403 to readers', async () => {
    const url = `/api/contacts/${own.id}/archive`;
    expect((await anonymous.post(url)).statusCode).toBe(401);
    expect((await s.member2.agent.post(url)).statusCode).toBe(404);
    expect((await s.liaison.agent.post(url)).statusCode).toBe(403);
    expect((await s.member.agent.post('/api/contacts/x/archive')).statusCode).toBe(400);
  });
});

describe('POST /api/contacts/:id/phone', () => {
  it('shows the member the full number and audits it; readers are refused', async () => {
    const url = `/api/contacts/${own.id}/phone`;
    const res = await s.member.agent.post(url);
    expect(res.statusCode).toBe(200);
    expect(json<{ phone: string }>(res).phone).toBe('13912345678');
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const audit = json<Wire<typeof AuditListResponse>>(
      await admin.agent.get(`/api/audit?action=contact.view_phone&entityId=${own.id}`),
    );
    expect(audit.total).toBe(1);
    expect((await anonymous.post(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url)).statusCode).toBe(404);
    for (const who of [s.liaison, s.cppcc]) expect((await who.agent.post(url)).statusCode).toBe(403);
    expect((await s.member.agent.post('/api/contacts/x/phone')).statusCode).toBe(400);
  });
});
