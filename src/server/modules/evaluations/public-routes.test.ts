import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Challenge, ChallengeErrorBody, ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { auditEvents, evaluations, outcomes, places } from '../../platform/db/schema';
import { readChallenges } from '../../testing/challenge-answers';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { CONSENSUS, outcomeScene } from '../outcomes/testing';
import { RESIDENT_LIMITS } from './rules';
import { evaluationScene, type PublicView, type Summary, sentOutcome, summaryOf } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type Refusal = Wire<typeof ChallengeErrorBody>;
type Cookie = { name: string; value: string; httpOnly?: boolean; sameSite?: string; path?: string };

let t: TestApp;
let s: Awaited<ReturnType<typeof evaluationScene>>;
const answerTo = readChallenges();
const CAP = RESIDENT_LIMITS.newVotersPerAddress;
let ipSeq = 0;
const newAddress = () => `127.41.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`;
/** A resident's phone: its own address and, until the first answer, no cookie. */
const phone = (ip = newAddress()) => new Agent(t.app, {}, ip);
const pub = (token: string) => `/api/public/evaluations/${token}`;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path).sort() ?? [];
const staffUrl = (outcomeId: string, rest = '') => `/api/outcomes/${outcomeId}/evaluations${rest}`;

/** A sent outcome with its residents' link open: its id and token. */
async function opened(scene: Parameters<typeof sentOutcome>[0] = s) {
  const id = await sentOutcome(scene);
  const res = await scene.liaison.agent.post(staffUrl(id, '/link'));
  expect(res.statusCode).toBe(201);
  const link = json<Summary>(res).residentLink?.url ?? '';
  return { id, token: link.slice(link.lastIndexOf('/') + 1) };
}

beforeAll(async () => {
  t = await startTestApp();
  s = await evaluationScene(t);
});

describe('GET /api/public/evaluations/:token', () => {
  it('shows the outcome’s public fields and the counts, and gives the phone an HttpOnly cookie once', async () => {
    const { token } = await opened();
    const who = phone();
    const res = await who.get(pub(token));
    expect(res.statusCode).toBe(200);
    const page = json<PublicView>(res);
    expect(page).toEqual({
      outcome: {
        code: expect.stringMatching(/^CG-\d{4}-\d{4}$/),
        title: '关于小区停车难的建议案',
        status: 'sent',
        placeName: s.tree.townA.name,
        consensus: CONSENSUS,
      },
      isOpen: true,
      counts: { count: 0, mean: null, byScore: [0, 0, 0, 0, 0] },
      mine: null,
    });
    // nothing of the outcome's body, recipients or people
    expect(res.body).not.toContain('基本情况');
    expect(res.body).not.toContain(s.leader.username);
    const cookie = (res.cookies as Cookie[]).find((c) => c.name === 'sl_rater');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/public/evaluations' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const again = await who.get(pub(token));
    expect((again.cookies as Cookie[]).some((c) => c.name === 'sl_rater')).toBe(false);
  });

  it('names the outcome’s place in the reader’s script; the title stays as written', async () => {
    const own = await outcomeScene(t); // a tree of its own, renamed without touching the others
    await t.db.update(places).set({ name: '桃园社区' }).where(eq(places.id, own.tree.townA.id));
    const { token } = await opened(own);
    const tw = await phone().get(pub(token), { 'accept-language': 'zh-TW' });
    expect(json<PublicView>(tw).outcome).toMatchObject({ placeName: '桃園社區', title: '关于小区停车难的建议案' });
    expect(tw.headers.vary).toContain('Accept-Language');
    const cn = await phone().get(pub(token), { 'accept-language': 'zh-CN' });
    expect(json<PublicView>(cn).outcome.placeName).toBe('桃园社区');
  });

  it('answers 400 for a token longer than any link has', async () => {
    const res = await phone().get(pub('x'.repeat(65)));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['token']);
  });

  it('answers 404 for an unknown token, on reading and on writing', async () => {
    expect((await phone().get(pub('no-such-token'))).statusCode).toBe(404);
    expect((await phone().post(pub('no-such-token'), { score: 5 })).statusCode).toBe(404);
  });
});

describe('POST /api/public/evaluations/:token', () => {
  it('records a resident’s evaluation; the same phone changes it, never adds a second', async () => {
    const { id, token } = await opened();
    const who = phone();
    const first = await who.post(pub(token), { score: 2, comment: '  还是不好停车  ' });
    expect(first.statusCode, first.body).toBe(200);
    expect(json<PublicView>(first)).toMatchObject({
      counts: { count: 1, mean: 2, byScore: [0, 1, 0, 0, 0] },
      mine: { score: 2, comment: '还是不好停车' },
    });
    const changed = json<PublicView>(await who.post(pub(token), { score: 5 }));
    expect(changed.counts).toEqual({ count: 1, mean: 5, byScore: [0, 0, 0, 0, 1] });
    expect(changed.mine).toEqual({ score: 5, comment: null });
    expect(json<PublicView>(await who.get(pub(token))).mine).toEqual({ score: 5, comment: null });

    const other = json<PublicView>(await phone().post(pub(token), { score: 4, comment: '停车方便多了' }));
    expect(other.counts).toEqual({ count: 2, mean: 4.5, byScore: [0, 0, 0, 1, 1] });
    expect(other.mine).toEqual({ score: 4, comment: '停车方便多了' });

    const rows = await t.db.select().from(evaluations).where(eq(evaluations.outcomeId, id));
    expect(rows.map((r) => [r.kind, r.accountId, r.score])).toEqual(
      expect.arrayContaining([
        ['resident', null, 5],
        ['resident', null, 4],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => /^r:[0-9a-f]{64}$/.test(r.voterKey ?? ''))).toBe(true);

    const staff = await summaryOf(s.member.agent, id);
    expect(staff.resident).toMatchObject({ count: 2, mean: 4.5 });
    expect(staff.resident.comments.map((c) => [c.score, c.comment])).toEqual([[4, '停车方便多了']]);
    expect(staff.combined.score).toBe(87.5);
  });

  it('answers 400 naming each field: a score outside 1–5, a comment over 200 characters', async () => {
    const { token } = await opened();
    const who = phone();
    expect(fieldsOf((await who.post(pub(token), {})).body)).toEqual(['score']);
    expect(fieldsOf((await who.post(pub(token), { score: 0 })).body)).toEqual(['score']);
    expect(fieldsOf((await who.post(pub(token), { score: 6, comment: '好'.repeat(201) })).body)).toEqual([
      'comment',
      'score',
    ]);
    expect((await who.post(pub(token), { score: 5, comment: '好'.repeat(200) })).statusCode).toBe(200);
  });

  it('answers 409 while the outcome is a draft', async () => {
    // a link cannot be opened on a draft; set one by hand to see the page refuse it anyway
    await t.db
      .update(outcomes)
      .set({ evaluationToken: `draft-${s.draftId}` })
      .where(eq(outcomes.id, s.draftId));
    const who = phone();
    const page = json<PublicView>(await who.get(pub(`draft-${s.draftId}`)));
    expect(page.isOpen).toBe(false);
    const res = await who.post(pub(`draft-${s.draftId}`), { score: 4 });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('evaluation_not_open');
  });
});

describe('one address sending evaluations without the cookie (a flood)', () => {
  it(`counts ${CAP} new evaluators, then asks each further one for the image challenge`, async () => {
    const { token } = await opened();
    const ip = newAddress();
    const answers = [];
    for (let i = 0; i < CAP + 4; i++) answers.push(await phone(ip).post(pub(token), { score: 1 }));
    expect(answers.slice(0, CAP).map((r) => r.statusCode)).toEqual(Array(CAP).fill(200));
    for (const refused of answers.slice(CAP)) {
      expect(refused.statusCode).toBe(429);
      expect(json<Refusal>(refused).code).toBe('evaluation_challenge_required');
      expect(json<Refusal>(refused).challenge?.svg).toMatch(/^<svg/);
    }
    expect(json<PublicView>(await phone().get(pub(token))).counts.count).toBe(CAP);
  });

  it('admits a new evaluator who solves the challenge; a wrong answer gets a fresh one', async () => {
    const { token } = await opened();
    const ip = newAddress();
    for (let i = 0; i < CAP; i++) expect((await phone(ip).post(pub(token), { score: 3 })).statusCode).toBe(200);
    const who = phone(ip);
    const asked = json<Refusal>(await who.post(pub(token), { score: 5 })).challenge as Wire<typeof Challenge>;
    const wrong = await who.post(pub(token), { score: 5, challenge: { id: asked.id, answer: `${answerTo(asked)}x` } });
    expect(wrong.statusCode).toBe(429);
    const again = json<Refusal>(wrong);
    expect(again.code).toBe('challenge_failed');
    const fresh = again.challenge as Wire<typeof Challenge>;
    const solved = await who.post(pub(token), { score: 5, challenge: { id: fresh.id, answer: answerTo(fresh) } });
    expect(solved.statusCode).toBe(200);
    expect(json<PublicView>(solved).counts).toMatchObject({ count: CAP + 1, byScore: [0, 0, CAP, 0, 1] });
  });

  it('lets evaluators it knows change theirs, and other addresses evaluate, without a challenge', async () => {
    const { token } = await opened();
    const ip = newAddress();
    const phones = Array.from({ length: CAP }, () => phone(ip));
    for (const p of phones) expect((await p.post(pub(token), { score: 2 })).statusCode).toBe(200);
    for (const p of phones) expect((await p.post(pub(token), { score: 4 })).statusCode).toBe(200);
    expect((await phone().post(pub(token), { score: 4 })).statusCode).toBe(200);
    expect((await phone(ip).post(pub(token), { score: 4 })).statusCode).toBe(429);
    expect(json<PublicView>(await phone().get(pub(token))).counts).toMatchObject({ count: CAP + 1, mean: 4 });
  });

  it('counts new evaluators per outcome: the cap on one outcome does not close another', async () => {
    const [a, b] = [await opened(), await opened()];
    const ip = newAddress();
    for (let i = 0; i < CAP; i++) await phone(ip).post(pub(a.token), { score: 4 });
    expect((await phone(ip).post(pub(a.token), { score: 4 })).statusCode).toBe(429);
    expect((await phone(ip).post(pub(b.token), { score: 4 })).statusCode).toBe(200);
  });
});

describe('PATCH /api/outcomes/:outcomeId/evaluations/:evaluationId (hiding a resident comment)', () => {
  it('hides the comment from everyone but the liaison, keeps the score, audits both ways', async () => {
    const { id, token } = await opened();
    await phone().post(pub(token), { score: 1, comment: '骂人的话' });
    await phone().post(pub(token), { score: 5, comment: '很满意' });
    const abusive = (await summaryOf(s.liaison.agent, id)).resident.comments.find((c) => c.comment === '骂人的话');
    const res = await s.liaison.agent.patch(staffUrl(id, `/${abusive?.id}`), { isHidden: true, reason: '辱骂' });
    expect(res.statusCode, res.body).toBe(200);
    const seenByLiaison = json<Summary>(res).resident;
    expect(seenByLiaison.comments.map((c) => [c.comment, c.isHidden])).toEqual([
      ['很满意', false],
      ['骂人的话', true],
    ]);
    expect(seenByLiaison).toMatchObject({ count: 2, mean: 3 });
    const seenByMember = (await summaryOf(s.member.agent, id)).resident;
    expect(seenByMember.comments.map((c) => c.comment)).toEqual(['很满意']);
    expect(seenByMember.count).toBe(2);

    const [hidden] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, abusive?.id as string), eq(auditEvents.action, 'evaluation.hide')));
    expect(hidden?.before).toEqual({ isHidden: false, comment: '骂人的话' });
    expect(hidden?.after).toEqual({ isHidden: true, reason: '辱骂', outcomeId: id });

    const shown = await s.liaison.agent.patch(staffUrl(id, `/${abusive?.id}`), { isHidden: false });
    expect(shown.statusCode).toBe(200);
    expect((await summaryOf(s.member.agent, id)).resident.comments).toHaveLength(2);
    const unhid = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation.unhide'));
    expect(unhid.some((e) => e.entityId === abusive?.id)).toBe(true);
  });

  it('keeps a hidden comment hidden when the resident edits it', async () => {
    const { id, token } = await opened();
    const who = phone();
    await who.post(pub(token), { score: 1, comment: '骂人的话' });
    const [row] = (await summaryOf(s.liaison.agent, id)).resident.comments;
    await s.liaison.agent.patch(staffUrl(id, `/${row?.id}`), { isHidden: true });
    await who.post(pub(token), { score: 1, comment: '又一句骂人的话' });
    expect((await summaryOf(s.member.agent, id)).resident.comments).toEqual([]);
  });

  it('answers 401, 404 in another region or for an unknown evaluation, 403 to a member, 409 for a leader’s', async () => {
    const { id, token } = await opened();
    await phone().post(pub(token), { score: 2, comment: '一般' });
    const [row] = (await summaryOf(s.liaison.agent, id)).resident.comments;
    const path = staffUrl(id, `/${row?.id}`);
    expect((await new Agent(t.app).patch(path, { isHidden: true })).statusCode).toBe(401);
    expect((await s.liaisonB.agent.patch(path, { isHidden: true })).statusCode).toBe(404);
    expect(
      (await s.liaison.agent.patch(staffUrl(id, '/00000000-0000-4000-8000-000000000000'), { isHidden: true }))
        .statusCode,
    ).toBe(404);
    expect((await s.member.agent.patch(path, { isHidden: true })).statusCode).toBe(403);
    const graded = json<Summary>(
      await s.leader.agent.request('PUT', staffUrl(id, '/leader'), { score: 4, comment: '较好' }),
    );
    const leaders = await s.liaison.agent.patch(staffUrl(id, `/${graded.leader.entries[0]?.id}`), { isHidden: true });
    expect(leaders.statusCode).toBe(409);
    expect(json<ErrorBody>(leaders).code).toBe('evaluation_not_resident');
  });

  it('answers 400 naming each field', async () => {
    const { id } = await opened();
    const res = await s.liaison.agent.patch(staffUrl(id, '/not-an-id'), { isHidden: 'yes', reason: '理'.repeat(201) });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['evaluationId']));
    const body = await s.liaison.agent.patch(staffUrl(id, '/00000000-0000-4000-8000-000000000000'), {
      isHidden: 'yes',
      reason: '理'.repeat(201),
    });
    expect(fieldsOf(body.body)).toEqual(['isHidden', 'reason']);
  });
});
