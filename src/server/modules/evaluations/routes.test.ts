import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { auditEvents, evaluations, statements, statementVotes } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { outcomeScene } from '../outcomes/testing';
import { evaluationScene, type Summary, sentOutcome, summaryOf } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let s: Awaited<ReturnType<typeof evaluationScene>>;
let anonymous: Agent;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
const url = (outcomeId: string, rest = '') => `/api/outcomes/${outcomeId}/evaluations${rest}`;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path).sort() ?? [];
const codeOf = (body: string) => (JSON.parse(body) as ErrorBody).code;
const auditOf = (entityId: string, action: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));

beforeAll(async () => {
  t = await startTestApp();
  s = await evaluationScene(t);
  anonymous = new Agent(t.app);
});

describe('GET /api/outcomes/:outcomeId/evaluations', () => {
  it('shows an outcome nobody has evaluated: no score, empty parts, what each viewer may give', async () => {
    const { sentId } = await fresh();
    const seen = await summaryOf(s.liaison.agent, sentId);
    expect(seen.isOpen).toBe(true);
    expect(seen.combined.score).toBeNull();
    expect(seen.combined.parts.map((p) => [p.kind, p.count, p.weight])).toEqual([
      ['leader', 0, 0.4],
      ['member', 0, 0.3],
      ['resident', 0, 0.3],
    ]);
    expect(seen.resident).toEqual({ count: 0, mean: null, byScore: [0, 0, 0, 0, 0], comments: [] });
    expect(seen.residentLink).toBeNull();
    expect(seen.abilities).toEqual({ leader: false, member: false, openLink: true, moderate: true });
    expect((await summaryOf(s.leader.agent, sentId)).abilities).toMatchObject({ leader: true, member: false });
    expect((await summaryOf(s.member.agent, sentId)).abilities).toMatchObject({ leader: false, member: true });
    expect((await summaryOf(s.absent.agent, sentId)).abilities).toMatchObject({ member: false });
  });

  it('combines the three kinds 40/30/30 and lists the newest 50 resident comments', async () => {
    const { sentId } = await fresh();
    await s.leader.agent.request('PUT', url(sentId, '/leader'), { score: 5, comment: '很好' }); // 100
    await s.member.agent.request('PUT', url(sentId, '/member'), { score: 3 }); // 50
    const start = Date.now() - 3600_000;
    await t.db.insert(evaluations).values(
      Array.from({ length: 52 }, (_, i) => ({
        outcomeId: sentId,
        kind: 'resident' as const,
        voterKey: `r:test-${sentId}-${i}`,
        score: 1, // 0
        comment: i === 51 ? null : `第${i}条留言`,
        updatedAt: new Date(start + i * 1000),
      })),
    );
    const seen = await summaryOf(s.member.agent, sentId);
    expect(seen.combined.score).toBe(55); // 0.4 × 100 + 0.3 × 50 + 0.3 × 0
    expect(seen.resident).toMatchObject({ count: 52, mean: 1, byScore: [52, 0, 0, 0, 0] });
    expect(seen.resident.comments).toHaveLength(50);
    expect(seen.resident.comments[0]?.comment).toBe('第50条留言'); // the newest with a comment
    expect(seen.resident.comments.at(-1)?.comment).toBe('第1条留言');
  });

  it('lets a member of another township who attended the consultation see and review it', async () => {
    const seen = await summaryOf(s.memberB.agent, s.sentId);
    expect(seen.abilities).toEqual({ leader: false, member: true, openLink: false, moderate: false });
  });

  it('answers 401 without a session', async () => {
    expect((await anonymous.get(url(s.sentId))).statusCode).toBe(401);
  });

  it('answers 404 in another region, and for an unknown outcome', async () => {
    for (const who of [s.liaisonB, s.leaderB, s.strangerB])
      expect((await who.agent.get(url(s.sentId))).statusCode).toBe(404);
    expect((await s.liaison.agent.get(url(NO_SUCH))).statusCode).toBe(404);
  });

  it('answers 400 for an id that is not one', async () => {
    const res = await s.liaison.agent.get(url('not-an-id'));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['outcomeId']);
  });

  it('gives nothing to evaluate on a draft', async () => {
    const seen = await summaryOf(s.liaison.agent, s.draftId);
    expect(seen.isOpen).toBe(false);
    expect(seen.abilities).toEqual({ leader: false, member: false, openLink: false, moderate: true });
    expect((await summaryOf(s.leader.agent, s.draftId)).abilities.leader).toBe(false);
  });
});

describe('PUT /api/outcomes/:outcomeId/evaluations/leader (党政点评)', () => {
  it('records the leader’s grade and comment, and a second one replaces it', async () => {
    const { sentId } = await fresh();
    const res = await s.leader.agent.request('PUT', url(sentId, '/leader'), {
      score: 4,
      comment: '  成效明显，继续跟进  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    const first = json<Summary>(res);
    expect(first.leader.count).toBe(1);
    expect(first.leader.entries[0]).toMatchObject({
      by: { id: s.leader.id },
      score: 4,
      comment: '成效明显，继续跟进',
    });
    expect(first.mine.leader).toMatchObject({ score: 4, comment: '成效明显，继续跟进' });
    expect(first.combined.score).toBe(75);

    const again = json<Summary>(
      await s.leader.agent.request('PUT', url(sentId, '/leader'), { score: 5, comment: '群众满意，值得推广' }),
    );
    expect(again.leader).toMatchObject({ count: 1, mean: 5 });
    expect(again.leader.entries.map((e) => [e.score, e.comment])).toEqual([[5, '群众满意，值得推广']]);
    expect(again.combined.score).toBe(100);
    // others see it by name; it is not theirs
    const seen = await summaryOf(s.member.agent, sentId);
    expect(seen.leader.entries[0]?.by.displayName).toContain(s.leader.username);
    expect(seen.mine.leader).toBeNull();
    expect(await auditOf(sentId, 'evaluation.leader')).toHaveLength(2);
  });

  it('answers 401 without a session', async () => {
    expect((await anonymous.request('PUT', url(s.sentId, '/leader'), { score: 4, comment: '很好' })).statusCode).toBe(
      401,
    );
  });

  it('answers 404 to a leader of another township', async () => {
    const res = await s.leaderB.agent.request('PUT', url(s.sentId, '/leader'), { score: 4, comment: '很好' });
    expect(res.statusCode).toBe(404);
  });

  it('answers 403 to a liaison and to a member', async () => {
    for (const who of [s.liaison, s.member]) {
      const res = await who.agent.request('PUT', url(s.sentId, '/leader'), { score: 4, comment: '很好' });
      expect(res.statusCode).toBe(403);
    }
  });

  it('answers 409 on a draft', async () => {
    const res = await s.leader.agent.request('PUT', url(s.draftId, '/leader'), { score: 4, comment: '很好' });
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('evaluation_not_open');
  });

  it('answers 400 naming each field: a grade outside 1–5, a missing or overlong comment', async () => {
    const put = (body: unknown) => s.leader.agent.request('PUT', url(s.sentId, '/leader'), body);
    expect(fieldsOf((await put({ score: 0, comment: '很好' })).body)).toEqual(['score']);
    expect(fieldsOf((await put({ score: 6 })).body)).toEqual(['comment', 'score']);
    expect(fieldsOf((await put({ score: 3.5, comment: '   ' })).body)).toEqual(['comment', 'score']);
    expect(fieldsOf((await put({ score: '4', comment: '好'.repeat(1001) })).body)).toEqual(['comment', 'score']);
    expect((await summaryOf(s.leader.agent, s.sentId)).mine.leader).toBeNull();
  });
});

describe('PUT /api/outcomes/:outcomeId/evaluations/member (民主评议)', () => {
  it('records a member’s score with or without a comment; a second one replaces it', async () => {
    const { sentId } = await fresh();
    const first = json<Summary>(await s.member.agent.request('PUT', url(sentId, '/member'), { score: 3 }));
    expect(first.member.entries).toHaveLength(1);
    expect(first.mine.member).toMatchObject({ score: 3, comment: null });
    const res = await s.member.agent.request('PUT', url(sentId, '/member'), { score: 5, comment: '落实到位' });
    expect(res.statusCode).toBe(200);
    const other = json<Summary>(
      await s.memberB.agent.request('PUT', url(sentId, '/member'), { score: 4, comment: '' }),
    );
    expect(other.member).toMatchObject({ count: 2, mean: 4.5 });
    expect(other.member.entries.map((e) => [e.by.id, e.score, e.comment])).toEqual([
      [s.memberB.id, 4, null],
      [s.member.id, 5, '落实到位'],
    ]);
    expect(other.mine.member).toMatchObject({ score: 4 });
    expect(other.combined.score).toBe(87.5); // members alone: mean 4.5 → 87.5
  });

  it('lets a member who took part online (a statement or a vote) review', async () => {
    const scene = await outcomeScene(t);
    const online = await buildConsultation(t.db, { place: scene.tree.townA, form: 'online', status: 'concluded' });
    const [voter, speaker] = await Promise.all([
      buildAccount(t.app, t.db, { role: 'member', place: scene.tree.townA }),
      buildAccount(t.app, t.db, { role: 'member', place: scene.tree.townA }),
    ]);
    await t.db
      .insert(statements)
      .values({ consultationId: online.consultationId, authorKey: `a:${speaker.id}`, text: '建议增设停车位' });
    const id = await sentOutcome({ ...scene, consensus: [] }, online.consultationId);
    expect((await speaker.agent.request('PUT', url(id, '/member'), { score: 4 })).statusCode).toBe(200);
    expect((await voter.agent.request('PUT', url(id, '/member'), { score: 4 })).statusCode).toBe(403);
    const [st] = await t.db
      .select({ id: statements.id })
      .from(statements)
      .where(eq(statements.consultationId, online.consultationId));
    await t.db
      .insert(statementVotes)
      .values({ statementId: st?.id as string, voterKey: `a:${voter.id}`, vote: 'agree' });
    expect((await voter.agent.request('PUT', url(id, '/member'), { score: 5 })).statusCode).toBe(200);
  });

  it('answers 401 without a session', async () => {
    expect((await anonymous.request('PUT', url(s.sentId, '/member'), { score: 4 })).statusCode).toBe(401);
  });

  it('answers 404 to a member of another township who did not take part', async () => {
    expect((await s.strangerB.agent.request('PUT', url(s.sentId, '/member'), { score: 4 })).statusCode).toBe(404);
  });

  it('answers 403 to a member who was invited and stayed away, and to a leader', async () => {
    for (const who of [s.absent, s.leader])
      expect((await who.agent.request('PUT', url(s.sentId, '/member'), { score: 4 })).statusCode).toBe(403);
  });

  it('answers 409 on a draft, even to a member who took part', async () => {
    const res = await s.member.agent.request('PUT', url(s.draftId, '/member'), { score: 4 });
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('evaluation_not_open');
  });

  it('answers 400 naming each field', async () => {
    const put = (body: unknown) => s.member.agent.request('PUT', url(s.sentId, '/member'), body);
    expect(fieldsOf((await put({})).body)).toEqual(['score']);
    expect(fieldsOf((await put({ score: 9, comment: '好'.repeat(501) })).body)).toEqual(['comment', 'score']);
  });
});

describe('POST /api/outcomes/:outcomeId/evaluations/link (群众评价)', () => {
  it('opens the residents’ link once (201, then 200 with the same link), for the liaison only', async () => {
    const { sentId } = await fresh();
    const res = await s.liaison.agent.post(url(sentId, '/link'));
    expect(res.statusCode, res.body).toBe(201);
    const opened = json<Summary>(res);
    expect(opened.residentLink?.url).toMatch(/^http:\/\/localhost:3000\/e\/[A-Za-z0-9_-]{24}$/);
    expect(opened.residentLink?.qrPath).toBe(url(sentId, '/qr.png'));
    expect(opened.abilities.openLink).toBe(false);
    const again = await s.liaison.agent.post(url(sentId, '/link'));
    expect(again.statusCode).toBe(200);
    expect(json<Summary>(again).residentLink).toEqual(opened.residentLink);
    expect((await summaryOf(s.member.agent, sentId)).residentLink).toBeNull();
    expect(await auditOf(sentId, 'evaluation.open_link')).toHaveLength(1);
  });

  it('answers 401, 404 in another region, 403 to a member or leader, 409 on a draft', async () => {
    expect((await anonymous.post(url(s.sentId, '/link'))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url(s.sentId, '/link'))).statusCode).toBe(404);
    expect((await s.member.agent.post(url(s.sentId, '/link'))).statusCode).toBe(403);
    expect((await s.leader.agent.post(url(s.sentId, '/link'))).statusCode).toBe(403);
    const draft = await s.liaison.agent.post(url(s.draftId, '/link'));
    expect(draft.statusCode).toBe(409);
    expect(codeOf(draft.body)).toBe('evaluation_not_open');
  });

  it('answers 400 for a malformed outcome id', async () => {
    const res = await s.liaison.agent.post(url('x', '/link'));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['outcomeId']);
  });
});

describe('GET /api/outcomes/:outcomeId/evaluations/qr.png', () => {
  it('draws the link’s QR code for the liaison once it is open', async () => {
    const { sentId } = await fresh();
    const before = await s.liaison.agent.get(url(sentId, '/qr.png'));
    expect(before.statusCode).toBe(409);
    expect(codeOf(before.body)).toBe('evaluation_link_not_open');
    await s.liaison.agent.post(url(sentId, '/link'));
    const res = await s.liaison.agent.get(url(sentId, '/qr.png'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="evaluate-CG-\d{4}-\d{4}\.png"$/);
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await anonymous.get(url(sentId, '/qr.png'))).statusCode).toBe(401);
    expect((await s.member.agent.get(url(sentId, '/qr.png'))).statusCode).toBe(403);
    expect((await s.liaisonB.agent.get(url(sentId, '/qr.png'))).statusCode).toBe(404);
  });
});

/** A sent outcome of its own (the shared one collects evaluations from several tests). */
async function fresh() {
  return { sentId: await sentOutcome(s) };
}
