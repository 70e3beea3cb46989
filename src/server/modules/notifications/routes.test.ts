import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { NotificationList, UnreadCount } from '../../../shared/api/notifications';
import type { NotificationKind } from '../../../shared/enums';
import { notifications } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { type Notice, notify } from './notify';

type List = Wire<typeof NotificationList>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Person = Awaited<ReturnType<typeof buildAccount>>;

let t: TestApp;
let ann: Person; // a department staffer who is told of tasks
let bo: Person; // a liaison of another township

const list = async (who: Person, query = '') => json<List>(await who.agent.get(`/api/notifications${query}`));
const unread = async (who: Person) =>
  json<Wire<typeof UnreadCount>>(await who.agent.get('/api/notifications/unread-count')).unread;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path) ?? [];

/** Files a notice for `who` through notify(), as the tasks module does, and returns its id. */
async function file(who: Person, kind: NotificationKind, extra: Partial<Notice> = {}) {
  const entityId = randomUUID();
  const filed = await notify(t.db, {
    accountIds: [who.id],
    kind,
    params: { code: 'RW-2026-0001', title: '加装电梯', actor: '李联络员' },
    entityType: 'task',
    entityId,
    ...extra,
  });
  expect(filed).toBe(1);
  const [row] = await t.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.entityId, extra.entityId ?? entityId));
  return row?.id ?? '';
}

/** Puts a notice `minutes` into the past, so the order of a list does not hang on the clock's grain. */
const age = (id: string, minutes: number) =>
  t.db
    .update(notifications)
    .set({ createdAt: new Date(Date.now() - minutes * 60_000) })
    .where(eq(notifications.id, id));

beforeAll(async () => {
  t = await startTestApp();
  const tree = await buildTree(t.db);
  ann = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
  bo = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB });
});

describe('without a session', () => {
  it.each([
    ['GET', '/api/notifications'],
    ['GET', '/api/notifications/unread-count'],
    ['POST', `/api/notifications/${randomUUID()}/read`],
    ['POST', '/api/notifications/read-all'],
  ] as const)('%s %s answers 401', async (method, url) => {
    const res = await new Agent(t.app).request(method, url, method === 'POST' ? {} : undefined);
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res).code).toBe('unauthenticated');
  });
});

describe('a person’s notices', () => {
  it('lists them newest first with what each names, and counts the unread', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'department', place: (await buildTree(t.db)).townA });
    expect(await list(who)).toMatchObject({ items: [], total: 0, unread: 0, page: 1, pageSize: 20 });
    const oldest = await file(who, 'task_assigned', { params: { code: 'RW-1', title: '修路', actor: '李' } });
    const middle = await file(who, 'task_urged', { params: { code: 'RW-1', title: '修路', note: '请本周内答复' } });
    const newest = await file(who, 'outcome_received', { entityType: 'outcome' });
    await age(oldest, 30);
    await age(middle, 20);
    await age(newest, 10);

    const page = await list(who);
    expect(page).toMatchObject({ total: 3, unread: 3 });
    expect(page.items.map((n) => n.id)).toEqual([newest, middle, oldest]);
    expect(page.items[1]).toEqual({
      id: middle,
      kind: 'task_urged',
      params: { code: 'RW-1', title: '修路', note: '请本周内答复' },
      entityType: 'task',
      entityId: expect.any(String),
      readAt: null,
      createdAt: expect.any(String),
    });
    expect(page.items[2]?.params).toEqual({ code: 'RW-1', title: '修路', actor: '李' });
    expect(page.items[0]?.entityType).toBe('outcome');
    expect(await unread(who)).toBe(3);

    const paged = await list(who, '?pageSize=2&page=2');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2, unread: 3 });
    expect(paged.items.map((n) => n.id)).toEqual([oldest]);
  });

  it('marks one read: it leaves the unread list and the count, keeping the first reading', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'liaison', place: (await buildTree(t.db)).townA });
    const first = await file(who, 'task_done');
    const second = await file(who, 'task_progress');
    await age(first, 5);

    const res = await who.agent.request('POST', `/api/notifications/${first}/read`);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ unread: 1 });
    expect(await unread(who)).toBe(1);
    const unreadOnly = await list(who, '?unread=true');
    expect(unreadOnly).toMatchObject({ total: 1, unread: 1 });
    expect(unreadOnly.items.map((n) => n.id)).toEqual([second]);

    const all = await list(who, '?unread=false');
    expect(all.total).toBe(2);
    const readAt = all.items.find((n) => n.id === first)?.readAt;
    expect(readAt).toEqual(expect.any(String));
    // reading it again answers the same and keeps when it was first read
    expect(json(await who.agent.post(`/api/notifications/${first}/read`))).toEqual({ unread: 1 });
    expect((await list(who)).items.find((n) => n.id === first)?.readAt).toBe(readAt);
  });

  it('marks all read', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'leader', place: (await buildTree(t.db)).district });
    await file(who, 'task_escalated');
    await file(who, 'outcome_instructed', { entityType: 'outcome' });
    expect(await unread(who)).toBe(2);
    // as the console sends it: a POST without a body
    const res = await who.agent.request('POST', '/api/notifications/read-all');
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ unread: 0 });
    expect(await list(who, '?unread=true')).toMatchObject({ items: [], total: 0, unread: 0 });
    expect((await list(who)).items.every((n) => n.readAt !== null)).toBe(true);
  });
});

describe('nobody sees another person’s notices', () => {
  it('lists, counts and marks only one’s own', async () => {
    const annsBefore = await unread(ann);
    const bosBefore = (await list(bo, '?pageSize=100')).total;
    const annsNotice = await file(ann, 'task_assigned');

    expect(await unread(ann)).toBe(annsBefore + 1);
    const seenByBo = await list(bo, '?pageSize=100');
    expect(seenByBo.total).toBe(bosBefore);
    expect(seenByBo.items.map((n) => n.id)).not.toContain(annsNotice);

    // another person's notice answers as one that does not exist, and stays unread
    const res = await bo.agent.post(`/api/notifications/${annsNotice}/read`);
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res).code).toBe('not_found');
    expect((await bo.agent.post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    await bo.agent.post('/api/notifications/read-all');
    const annsList = await list(ann, '?unread=true&pageSize=100');
    expect(annsList.items.map((n) => n.id)).toContain(annsNotice);
    expect(await unread(ann)).toBe(annsBefore + 1);
  });
});

describe('notify()', () => {
  it('files one notice per person for the same dedupe key, however often it is raised', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'department', place: (await buildTree(t.db)).townB });
    const entityId = randomUUID();
    const overdue: Notice = {
      accountIds: [who.id, who.id, ann.id],
      kind: 'task_overdue',
      params: { code: 'RW-9', title: '清理河道', dueAt: '2026-05-01T00:00:00.000Z' },
      entityType: 'task',
      entityId,
      dedupeKey: `task_overdue:${entityId}`,
    };
    expect(await notify(t.db, overdue)).toBe(2); // the repeated id is one person
    expect(await notify(t.db, overdue)).toBe(0);
    await t.db.transaction((tx) => notify(tx, overdue));
    const mine = (await list(who)).items.filter((n) => n.entityId === entityId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'task_overdue', params: overdue.params });
    const anns = (await list(ann, '?pageSize=100')).items.filter((n) => n.entityId === entityId);
    expect(anns).toHaveLength(1);
  });

  it('files every notice without a dedupe key, and none for nobody', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'department', place: (await buildTree(t.db)).townB });
    const entityId = randomUUID();
    const urged: Notice = { accountIds: [who.id], kind: 'task_urged', entityType: 'task', entityId };
    expect(await notify(t.db, urged)).toBe(1);
    expect(await notify(t.db, urged)).toBe(1);
    expect(await notify(t.db, { ...urged, accountIds: [] })).toBe(0);
    const page = await list(who);
    expect(page.items.filter((n) => n.entityId === entityId)).toHaveLength(2);
    expect(page.items[0]?.params).toEqual({});
  });

  it('files nothing when the step it tells of is rolled back', async () => {
    const who = await buildAccount(t.app, t.db, { role: 'department', place: (await buildTree(t.db)).townB });
    const entityId = randomUUID();
    await expect(
      t.db.transaction(async (tx) => {
        await notify(tx, { accountIds: [who.id], kind: 'task_returned', entityType: 'task', entityId });
        throw new Error('the step failed');
      }),
    ).rejects.toThrow('the step failed');
    expect(await unread(who)).toBe(0);
  });
});

describe('bad input', () => {
  it.each([
    ['?pageSize=0', 'pageSize'],
    ['?pageSize=101', 'pageSize'],
    ['?page=0', 'page'],
    ['?page=x', 'page'],
    ['?unread=yes', 'unread'],
  ])('GET /api/notifications%s names %s', async (query, field) => {
    const res = await ann.agent.get(`/api/notifications${query}`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('names the id of a notice that is no id', async () => {
    const res = await ann.agent.post('/api/notifications/not-a-uuid/read');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });
});
