import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type { PublicSubmissionResponse } from '../../../shared/api/submissions-public';
import type { Actor } from '../../platform/auth/actor';
import { nextCode } from '../../platform/db/codes';
import { auditEvents, outcomes, submissionEvents, submissions, topicSubmissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { listConsensusItems } from '../consultations';
import { buildConsultation, makeTopic } from '../consultations/testing';
import { closeSubmissionsOfOutcome } from './index';

type Detail = Wire<typeof SubmissionDetail>;
type Tracking = Wire<typeof PublicSubmissionResponse>;

const CONSENSUS = ['在村委会旁空地增设垃圾分类投放点', '每天早晚各清运一次'];

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent;
let ctx: { actor: Actor; ip: string | null };
const resident = () => new Agent(t.app, {}, '127.8.0.1');

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  const account = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  liaison = account.agent;
  ctx = {
    actor: {
      id: account.id,
      username: account.username,
      displayName: `liaison ${account.username}`,
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
    },
    ip: '127.0.0.1',
  };
});

/** A walk-in at village A, optionally taken one step on (sorted, solved, declined …). */
async function raise(content: string, action?: Record<string, unknown>) {
  const res = await liaison.post('/api/submissions', { placeId: tree.villageA.id, channel: 'walk_in', content });
  expect(res.statusCode, res.body).toBe(201);
  const s = json<Detail>(res);
  if (action) {
    const acted = await liaison.post(`/api/submissions/${s.id}/actions`, action);
    expect(acted.statusCode, acted.body).toBe(200);
  }
  return s;
}

/** Links submissions to a topic as the topics module does: a link row and the clock stopped. */
async function link(topicId: string, ids: string[]) {
  await t.db.insert(topicSubmissions).values(ids.map((submissionId) => ({ topicId, submissionId })));
  for (const id of ids)
    await t.db.update(submissions).set({ clockStoppedAt: new Date() }).where(eq(submissions.id, id));
}

/** A concluded consultation on a topic, and its outcome carried out (已落实), carrying both consensus items. */
async function carriedOutOutcome() {
  const held = await buildConsultation(t.db, { place: tree.townA, status: 'concluded', consensus: CONSENSUS });
  const items = await listConsensusItems(t.db, held.consultationId);
  const code = await nextCode(t.db, 'CG');
  const [row] = await t.db
    .insert(outcomes)
    .values({
      code,
      consultationId: held.consultationId,
      placeId: tree.townA.id,
      type: 'agreement',
      title: '关于村口垃圾清运的协商约定',
      body: '增设投放点，早晚清运。',
      status: 'carried_out',
      consensusItemIds: items.map((i) => i.id),
      sentAt: new Date(),
      carriedOutAt: new Date(),
    })
    .returning({ id: outcomes.id });
  return { ...held, outcomeId: row?.id as string, outcomeCode: code };
}

const close = (outcomeId: string) => t.db.transaction((tx) => closeSubmissionsOfOutcome(tx, ctx, outcomeId));
const rowOf = async (id: string) => {
  const [row] = await t.db.select().from(submissions).where(eq(submissions.id, id));
  return row;
};

describe('closeSubmissionsOfOutcome', () => {
  it('solves the open submissions behind the outcome, tells each resident, and audits it', async () => {
    const o = await carriedOutOutcome();
    const open = await raise('村口垃圾站满了没人清运', { action: 'to_township' });
    const fresh = await raise('垃圾桶太少，经常溢出来');
    const solved = await raise('垃圾站异味很大', { action: 'solve', note: '已清理' });
    const declined = await raise('希望取消垃圾分类', { action: 'decline', reason: '与现行政策不符' });
    const merged = await raise('村口垃圾没人收', { action: 'merge', targetId: open.id });
    await link(o.topicId, [open.id, fresh.id, solved.id, declined.id, merged.id]);
    // another topic's submission stays as it is
    const other = await makeTopic(t.db, tree.townA);
    const elsewhere = await raise('路灯一直不亮', { action: 'to_township' });
    await link(other.id, [elsewhere.id]);

    const before = Date.now();
    expect(await close(o.outcomeId)).toBe(2);
    for (const id of [open.id, fresh.id]) {
      const row = await rowOf(id);
      expect(row).toMatchObject({ status: 'solved', clockStoppedAt: null, dueAt: null });
      expect(row?.solvedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const events = await t.db
        .select()
        .from(submissionEvents)
        .where(eq(submissionEvents.submissionId, id))
        .orderBy(submissionEvents.id);
      expect(events.at(-1)).toMatchObject({
        kind: 'outcome_carried_out',
        isPublic: true,
        note: null,
        actorId: ctx.actor.id,
        data: { outcomeCode: o.outcomeCode, outcomeTitle: '关于村口垃圾清运的协商约定' },
      });
      const audit = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'submission.outcome_carried_out')));
      expect(audit).toHaveLength(1);
      expect(audit[0]?.after).toMatchObject({ status: 'solved', outcomeId: o.outcomeId });
    }
    expect((await rowOf(open.id))?.solvedAt).toEqual((await rowOf(fresh.id))?.solvedAt);
    expect(await rowOf(solved.id)).toMatchObject({ status: 'solved' });
    expect(await rowOf(declined.id)).toMatchObject({ status: 'declined' });
    expect(await rowOf(merged.id)).toMatchObject({ status: 'merged' });
    expect(await rowOf(elsewhere.id)).toMatchObject({ status: 'township', solvedAt: null });
    expect((await rowOf(elsewhere.id))?.clockStoppedAt).toBeInstanceOf(Date);
    for (const id of [solved.id, declined.id, merged.id, elsewhere.id]) {
      const kinds = (await t.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, id))).map(
        (e) => e.kind,
      );
      expect(kinds).not.toContain('outcome_carried_out');
    }

    // a second run finds nothing left to close
    expect(await close(o.outcomeId)).toBe(0);
    expect(await close(crypto.randomUUID())).toBe(0);
  });

  it('shows the resident what was carried out and asks for the rating; staff see the step', async () => {
    const o = await carriedOutOutcome();
    const s = await raise('村口垃圾站满了，夏天味道很大', { action: 'to_township' });
    await link(o.topicId, [s.id]);
    await close(o.outcomeId);

    const page = json<Tracking>(await resident().get(`/api/public/submissions/${s.trackingCode}`));
    expect(page).toMatchObject({
      status: 'solved',
      canRate: true,
      rating: null,
      carriedOut: { code: o.outcomeCode, title: '关于村口垃圾清运的协商约定', consensus: CONSENSUS },
    });
    expect(page.steps.at(-1)).toMatchObject({
      kind: 'outcome_carried_out',
      note: null,
      params: { outcomeCode: o.outcomeCode, outcomeTitle: '关于村口垃圾清运的协商约定' },
    });
    // the other steps carry no words from inside (places, departments)
    expect(page.steps.filter((x) => x.kind !== 'outcome_carried_out').every((x) => x.params === null)).toBe(true);

    const rated = await resident().post(`/api/public/submissions/${s.trackingCode}/rating`, {
      solved: true,
      satisfaction: 5,
      comment: '清运及时了',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(json<Tracking>(rated)).toMatchObject({ canRate: false, rating: { solved: true, satisfaction: 5 } });

    const detail = json<Detail>(await liaison.get(`/api/submissions/${s.id}`));
    expect(detail).toMatchObject({ status: 'solved', clockStoppedAt: null, isOverdue: false });
    expect(detail.events.find((e) => e.kind === 'outcome_carried_out')).toMatchObject({
      isPublic: true,
      params: { outcomeCode: o.outcomeCode, outcomeTitle: '关于村口垃圾清运的协商约定' },
    });
  });

  it('stops showing it as the result once the resident sends the matter back', async () => {
    const o = await carriedOutOutcome();
    const s = await raise('垃圾站清运后第二天又满了', { action: 'to_township' });
    await link(o.topicId, [s.id]);
    await close(o.outcomeId);
    const base = `/api/public/submissions/${s.trackingCode}`;
    expect((await resident().post(`${base}/rating`, { solved: false, satisfaction: 2 })).statusCode).toBe(200);
    expect((await resident().post(`${base}/reopen`, { reason: '还是会满' })).statusCode).toBe(200);
    const page = json<Tracking>(await resident().get(base));
    expect(page).toMatchObject({ status: 'received', carriedOut: null });
    expect(page.steps.map((x) => x.kind)).toContain('outcome_carried_out');
  });

  it('has nothing to show on the tracking page of a submission not closed by an outcome', async () => {
    const s = await raise('广场舞音响太吵', { action: 'solve', note: '已协调' });
    const page = json<Tracking>(await resident().get(`/api/public/submissions/${s.trackingCode}`));
    expect(page).toMatchObject({ status: 'solved', canRate: true, carriedOut: null });
  });
});
