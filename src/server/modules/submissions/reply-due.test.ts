import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import type { Actor } from '../../platform/auth/actor';
import { nextCode } from '../../platform/db/codes';
import { outcomes, submissions, topicSubmissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { closeSubmissionsOfOutcome } from './index';

type Inbox = Wire<typeof SubmissionListResponse>;
type Detail = Wire<typeof SubmissionDetail>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // liaison of township A
let liaisonB: Agent; // liaison of village B
let actor: Actor;
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.19.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

/** A resident's submission at the place, taken through the staff steps given, in order. */
async function raise(place: BuiltPlace, steps: Record<string, unknown>[] = [], by = liaison) {
  const res = await resident().post(`/api/public/places/${place.code}/submissions`, {
    content: '小区门口的路灯坏了好几天',
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  const id = row?.id as string;
  for (const step of steps) {
    const acted = await by.post(`/api/submissions/${id}/actions`, step);
    expect(acted.statusCode, acted.body).toBe(200);
    expect(json<Detail>(acted).id).toBe(id);
  }
  return { id, code };
}

const inbox = async (by: Agent, query: string) => {
  const res = await by.get(`/api/submissions?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Inbox>(res);
};
const idsOf = (page: Inbox) => page.items.map((i) => i.id).sort();

const due: string[] = [];
const answered: string[] = [];
let dueB: string;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  const account = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  liaison = account.agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB })).agent;
  actor = {
    id: account.id,
    username: account.username,
    displayName: 'liaison',
    homePlacePath: tree.townA.path,
    grants: [
      {
        id: crypto.randomUUID(),
        role: 'liaison',
        placeId: tree.townA.id,
        placePath: tree.townA.path,
        placeName: tree.townA.name,
      },
    ],
  };

  // due: solved without a word to the resident
  due.push((await raise(tree.villageA, [{ action: 'solve' }])).id);
  // due: only an internal reply, then solved without a note
  due.push(
    (await raise(tree.villageA, [{ action: 'reply', note: '已联系物业', isPublic: false }, { action: 'solve' }])).id,
  );
  // due: answered when first solved, reopened by the resident, solved again without a word
  const again = await raise(tree.gridA, [{ action: 'solve', note: '已更换灯泡' }]);
  expect(
    (await resident().post(`/api/public/submissions/${again.code}/rating`, { solved: false, satisfaction: 1 }))
      .statusCode,
  ).toBe(200);
  expect(
    (await resident().post(`/api/public/submissions/${again.code}/reopen`, { reason: '还是不亮' })).statusCode,
  ).toBe(200);
  expect((await liaison.post(`/api/submissions/${again.id}/actions`, { action: 'solve' })).statusCode).toBe(200);
  due.push(again.id);

  // answered: a note on solving; a public reply before a bare solve
  answered.push((await raise(tree.villageA, [{ action: 'solve', note: '已更换灯泡' }])).id);
  answered.push((await raise(tree.villageA, [{ action: 'reply', note: '本周内修复' }, { action: 'solve' }])).id);
  // answered: a public reply after a bare solve
  answered.push((await raise(tree.villageA, [{ action: 'solve' }, { action: 'reply', note: '灯已修好' }])).id);
  // answered: closed with its topic's outcome carried out, whose step tells the resident what was done
  const byOutcome = await raise(tree.villageA, [{ action: 'to_township' }]);
  await closedByOutcome(byOutcome.id);
  answered.push(byOutcome.id);
  // not solved: still open, or declined with its reason
  await raise(tree.villageA, [{ action: 'reply', note: '收到', isPublic: false }]);
  await raise(tree.villageA, [{ action: 'decline', reason: '不属于受理范围' }]);
  // another township's item that is due
  dueB = (await raise(tree.villageB, [{ action: 'solve' }], liaisonB)).id;
});

/** Its topic's outcome carried out (已落实): the submission closes with it, as the outcomes module does. */
async function closedByOutcome(submissionId: string) {
  const held = await buildConsultation(t.db, { place: tree.townA, status: 'concluded', consensus: ['增设路灯'] });
  const [o] = await t.db
    .insert(outcomes)
    .values({
      code: await nextCode(t.db, 'CG'),
      consultationId: held.consultationId,
      placeId: tree.townA.id,
      type: 'agreement',
      title: '关于村口路灯的协商约定',
      body: '增设路灯。',
      status: 'carried_out',
      sentAt: new Date(),
      carriedOutAt: new Date(),
    })
    .returning({ id: outcomes.id });
  await t.db.insert(topicSubmissions).values({ topicId: held.topicId, submissionId });
  expect(await t.db.transaction((tx) => closeSubmissionsOfOutcome(tx, { actor, ip: null }, o?.id as string))).toBe(1);
}

describe('GET /api/submissions?replyDue=true (办结待答复)', () => {
  it('lists the solved items whose resident has had no words since it was (re)opened', async () => {
    const page = await inbox(liaison, 'replyDue=true');
    expect(idsOf(page)).toEqual([...due].sort());
    expect(page.total).toBe(due.length);
    expect(page.counts.solved).toBe(due.length);
    for (const id of answered) expect(idsOf(page)).not.toContain(id);
  });

  it('keeps to the viewer’s region', async () => {
    expect(idsOf(await inbox(liaisonB, 'replyDue=true'))).toEqual([dueB]);
  });

  it('answering the resident takes an item off the list', async () => {
    const [first] = due;
    const res = await liaison.post(`/api/submissions/${first}/actions`, { action: 'reply', note: '路灯已修好' });
    expect(res.statusCode, res.body).toBe(200);
    expect(idsOf(await inbox(liaison, 'replyDue=true'))).toEqual(due.slice(1).sort());
    due.shift();
  });

  it('the export writes the same rows as the list', async () => {
    const res = await liaison.get('/api/submissions/export.xlsx?replyDue=true');
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const codes: string[] = [];
    wb.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) codes.push(row.getCell(1).value as string);
    });
    const listed = (await inbox(liaison, 'replyDue=true')).items.map((i) => i.trackingCode);
    expect(codes.sort()).toEqual(listed.sort());
    expect(codes).toHaveLength(due.length);
  });

  it('answers 400 on the field for a value that is not true or false', async () => {
    const res = await liaison.get('/api/submissions?replyDue=yes');
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain('replyDue');
  });
});
