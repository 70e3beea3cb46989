import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { OnlineView, PublicOnlineView } from '../../../shared/api/online';
import { consultations, statements, statementVotes } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { findConsultationByPublicToken } from '../consultations';
import { buildConsultation } from '../consultations/testing';
import { voteStatement } from './vote-statement';

type View = Wire<typeof OnlineView>;
type Statement = View['statements'][number];
type PublicView = Wire<typeof PublicOnlineView>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Audit = Wire<typeof AuditListResponse>;

const HOUR = 3600_000;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // township A: manages its consultations
let member: Agent; // township A
let member2: Agent;
let admin: Agent; // district: reads the audit log
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.31.0.${++ipSeq}`);
const online = (opts: { startsAt?: Date; endsAt?: Date } = {}) =>
  buildConsultation(t.db, { place: tree.villageA, form: 'online', ...opts });
const url = (id: string, rest = '') => `/api/consultations/${id}/online${rest}`;
const byText = (v: View, text: string) => v.statements.find((s) => s.text === text) as Statement;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  member2 = (await buildAccount(t.app, t.db, { role: 'member', place: tree.villageA })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

describe('GET /api/consultations/:id/online', () => {
  it('shows an open consultation with its public link and what the viewer may do', async () => {
    const c = await online();
    const res = await member.get(url(c.consultationId));
    expect(res.statusCode).toBe(200);
    const v = json<View>(res);
    expect(v.consultation).toMatchObject({ id: c.consultationId, code: c.code, status: 'scheduled' });
    expect(v.isOpen).toBe(true);
    expect(v.publicUrl).toBe(`http://localhost:3000/o/${c.publicToken}`);
    expect(v).toMatchObject({ participantCount: 0, groups: [{ size: 0 }], statements: [] });
    expect(v.abilities).toEqual({ post: true, vote: true, moderate: false });
    expect(json<View>(await liaison.get(url(c.consultationId))).abilities.moderate).toBe(true);
  });

  it('answers 401 without a session', async () => {
    const c = await online();
    expect((await new Agent(t.app).get(url(c.consultationId))).statusCode).toBe(401);
    expect(
      (await new Agent(t.app).post(url(c.consultationId, '/statements'), { text: '增设停车位吧' })).statusCode,
    ).toBe(401);
  });

  it('answers 404 in another region and for a consultation that is not online', async () => {
    const c = await online();
    const other = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
    expect((await other.get(url(c.consultationId))).statusCode).toBe(404);
    expect((await other.post(url(c.consultationId, '/statements'), { text: '增设停车位吧' })).statusCode).toBe(404);
    const meeting = await buildConsultation(t.db, { place: tree.villageA, form: 'meeting' });
    expect((await liaison.get(url(meeting.consultationId))).statusCode).toBe(404);
    expect((await liaison.post(url(meeting.consultationId, '/statements'), { text: '增设停车位吧' })).statusCode).toBe(
      404,
    );
  });
});

describe('statements and votes by staff and members', () => {
  it('refuses bad text and bad votes with 400 and the field', async () => {
    const c = await online();
    for (const text of ['四个字啊', 'x'.repeat(141), '      ']) {
      const res = await member.post(url(c.consultationId, '/statements'), { text });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual(['text']);
    }
    const v = json<View>(await member.post(url(c.consultationId, '/statements'), { text: '  五个字刚好  ' }));
    const sid = byText(v, '五个字刚好').id;
    const bad = await member2.post(url(c.consultationId, `/statements/${sid}/vote`), { vote: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.map((f) => f.path)).toEqual(['vote']);
  });

  it('signs a member’s statement with their name; they cannot vote on it, and may change their other votes', async () => {
    const c = await online();
    const posted = await member.post(url(c.consultationId, '/statements'), { text: '建议在小区东门增设临时停车位' });
    expect(posted.statusCode).toBe(201);
    const s = byText(json<View>(posted), '建议在小区东门增设临时停车位');
    expect(s).toMatchObject({ isMine: true, myVote: 'agree', agree: 1, hidden: null });
    expect(s.authorName).toMatch(/^member /);
    const own = await member.post(url(c.consultationId, `/statements/${s.id}/vote`), { vote: 'disagree' });
    expect(own.statusCode).toBe(409);
    expect(json<ErrorBody>(own).code).toBe('online_own_statement');

    expect(
      (await member2.post(url(c.consultationId, `/statements/${s.id}/vote`), { vote: 'disagree' })).statusCode,
    ).toBe(200);
    const changed = await member2.post(url(c.consultationId, `/statements/${s.id}/vote`), { vote: 'pass' });
    expect(byText(json<View>(changed), s.text)).toMatchObject({
      isMine: false,
      myVote: 'pass',
      agree: 1,
      disagree: 0,
      pass: 1,
    });
  });

  it('answers 404 for a statement of another consultation', async () => {
    const a = await online();
    const b = await online();
    const sid = byText(
      json<View>(await member.post(url(a.consultationId, '/statements'), { text: '路灯需要维修更换' })),
      '路灯需要维修更换',
    ).id;
    expect((await member2.post(url(b.consultationId, `/statements/${sid}/vote`), { vote: 'agree' })).statusCode).toBe(
      404,
    );
    expect((await liaison.post(url(b.consultationId, `/statements/${sid}/hide`), { reason: '无关' })).statusCode).toBe(
      404,
    );
  });

  it('is closed before it opens and after it closes (409)', async () => {
    const early = await online({ startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 48 * HOUR) });
    const v = json<View>(await member.get(url(early.consultationId)));
    expect(v.isOpen).toBe(false);
    expect(v.abilities).toMatchObject({ post: false, vote: false });
    const res = await member.post(url(early.consultationId, '/statements'), { text: '建议早点开放讨论' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('online_closed');

    const late = await online({ startsAt: new Date(Date.now() - 48 * HOUR) });
    const sid = byText(
      json<View>(await member.post(url(late.consultationId, '/statements'), { text: '最后一条观点来了' })),
      '最后一条观点来了',
    ).id;
    const closedAt = new Date(Date.now() - 1000);
    await t.db.update(consultations).set({ endsAt: closedAt }).where(eq(consultations.id, late.consultationId));
    expect(json<View>(await member2.get(url(late.consultationId))).isOpen).toBe(false);
    const closed = await member2.post(url(late.consultationId, `/statements/${sid}/vote`), { vote: 'agree' });
    expect(closed.statusCode).toBe(409);
    expect(json<ErrorBody>(closed).code).toBe('online_closed');
    expect((await member2.post(url(late.consultationId, '/statements'), { text: '关闭后再发言' })).statusCode).toBe(
      409,
    );
  });

  it('refuses a near-duplicate of a visible statement (409), and takes it again once that one is hidden', async () => {
    const c = await online();
    const v = json<View>(await member.post(url(c.consultationId, '/statements'), { text: '增设停车位，缓解停车难' }));
    const dup = await member2.post(url(c.consultationId, '/statements'), { text: ' 增设停车位 缓解停车难！' });
    expect(dup.statusCode).toBe(409);
    expect(json<ErrorBody>(dup).code).toBe('online_statement_duplicate');
    const sid = byText(v, '增设停车位，缓解停车难').id;
    expect(
      (await liaison.post(url(c.consultationId, `/statements/${sid}/hide`), { reason: '重复测试' })).statusCode,
    ).toBe(200);
    expect(
      (await member2.post(url(c.consultationId, '/statements'), { text: '增设停车位缓解停车难' })).statusCode,
    ).toBe(201);
  });
});

describe('moderation', () => {
  it('lets only those who manage the consultation hide (403 for a member, 400 without a reason)', async () => {
    const c = await online();
    const sid = byText(
      json<View>(await member.post(url(c.consultationId, '/statements'), { text: '这条观点会被隐藏' })),
      '这条观点会被隐藏',
    ).id;
    expect((await member.post(url(c.consultationId, `/statements/${sid}/hide`), { reason: '不文明' })).statusCode).toBe(
      403,
    );
    expect((await member.post(url(c.consultationId, `/statements/${sid}/unhide`))).statusCode).toBe(403);
    const noReason = await liaison.post(url(c.consultationId, `/statements/${sid}/hide`), { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(json<ErrorBody>(noReason).fields?.map((f) => f.path)).toEqual(['reason']);
    expect((await liaison.post(url(c.consultationId, `/statements/${sid}/unhide`))).statusCode).toBe(409); // not hidden
  });
});

describe('an online consultation with residents and members (the happy path)', () => {
  const S1 = '希望在小区里增设停车位';
  const S2 = '绿地不能改成停车位';
  const S3 = '夜间限时停车并加强巡查';
  let c: Awaited<ReturnType<typeof online>>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    c = await online();
    const pub = (rest = '') => `/api/public/online/${c.publicToken}${rest}`;
    const [r1, r2, r3] = [resident(), resident(), resident()];
    expect((await r1.post(pub('/statements'), { text: S1, name: '张阿姨' })).statusCode).toBe(201);
    expect((await member.post(url(c.consultationId, '/statements'), { text: S2 })).statusCode).toBe(201);
    const last = await r2.post(pub('/statements'), { text: S3 });
    expect(last.statusCode).toBe(201);
    const list = json<PublicView>(last).statements;
    ids = Object.fromEntries([S1, S2, S3].map((s) => [s, list.find((x) => x.text === s)?.id as string]));
    // camp A (three residents) want parking; camp B (two members) keep the green; all back night patrols
    const votes: [Agent, boolean, string, string][] = [
      [r1, true, S2, 'disagree'],
      [r1, true, S3, 'agree'],
      [r2, true, S1, 'agree'],
      [r2, true, S2, 'disagree'],
      [r3, true, S1, 'agree'],
      [r3, true, S2, 'disagree'],
      [r3, true, S3, 'agree'],
      [member, false, S1, 'disagree'],
      [member, false, S3, 'agree'],
      [member2, false, S1, 'disagree'],
      [member2, false, S2, 'agree'],
      [member2, false, S3, 'agree'],
    ];
    for (const [who, isResident, text, vote] of votes) {
      const path = isResident
        ? pub(`/statements/${ids[text]}/vote`)
        : url(c.consultationId, `/statements/${ids[text]}/vote`);
      expect((await who.post(path, { vote })).statusCode).toBe(200);
    }
  });

  it('finds two opinion groups: parking divides them, night patrols have broad agreement', async () => {
    const v = json<View>(await liaison.get(url(c.consultationId)));
    expect(v.participantCount).toBe(5);
    expect(v.groups).toEqual([{ size: 3 }, { size: 2 }]);
    expect(byText(v, S1)).toMatchObject({ agree: 3, disagree: 2, classification: 'divisive', authorName: '张阿姨' });
    expect(byText(v, S2)).toMatchObject({ agree: 2, disagree: 3, classification: 'divisive' });
    const s3 = byText(v, S3);
    expect(s3).toMatchObject({ agree: 5, disagree: 0, classification: 'consensus', authorName: null });
    expect(s3.groups).toEqual([
      { agreeShare: 4 / 5, votes: 3 },
      { agreeShare: 3 / 4, votes: 2 },
    ]);
  });

  it('hides a statement with a reason: audited, gone from the public page, listed for staff', async () => {
    const sid = ids[S2] as string;
    const hidden = await liaison.post(url(c.consultationId, `/statements/${sid}/hide`), { reason: '含人身攻击' });
    expect(hidden.statusCode).toBe(200);
    const s2 = byText(json<View>(hidden), S2);
    expect(s2.hidden?.reason).toBe('含人身攻击');
    expect(s2.hidden?.by?.displayName).toMatch(/^liaison /);
    expect(s2.classification).toBe('open');
    expect(s2.groups).toEqual([]);
    const forMember = json<View>(await member.get(url(c.consultationId)));
    expect(forMember.statements.map((s) => s.text)).not.toContain(S2); // only moderators see hidden ones
    expect(
      (await liaison.post(url(c.consultationId, `/statements/${sid}/hide`), { reason: '再次隐藏' })).statusCode,
    ).toBe(409);

    const audit = json<Audit>(await admin.get(`/api/audit?action=online.statement.hide&entityId=${sid}`));
    expect(audit.total).toBe(1);
    expect(audit.items[0]?.after).toMatchObject({ hidden: true, reason: '含人身攻击', text: S2 });
    expect(audit.items[0]?.before).toMatchObject({ hidden: false });

    const page = json<PublicView>(await resident().get(`/api/public/online/${c.publicToken}`));
    expect(page.statements.map((s) => s.text).sort()).toEqual([S1, S3].sort());
    const vote = await resident().post(`/api/public/online/${c.publicToken}/statements/${sid}/vote`, { vote: 'agree' });
    expect(vote.statusCode).toBe(404);

    const unhidden = await liaison.post(url(c.consultationId, `/statements/${sid}/unhide`));
    expect(byText(json<View>(unhidden), S2)).toMatchObject({ hidden: null, classification: 'divisive' });
    expect(json<Audit>(await admin.get(`/api/audit?action=online.statement.unhide&entityId=${sid}`)).total).toBe(1);
    const again = json<PublicView>(await resident().get(`/api/public/online/${c.publicToken}`));
    expect(again.statements).toHaveLength(3);
  });
});

describe('a vote checks the consultation and the statement as they are when it is written', () => {
  const setUp = async () => {
    const c = await online();
    const sid = byText(
      json<View>(await member.post(url(c.consultationId, '/statements'), { text: '建议在村口设公交站' })),
      '建议在村口设公交站',
    ).id;
    const ref = await findConsultationByPublicToken(t.db, c.publicToken as string);
    if (!ref) throw new Error('no consultation');
    return { c, sid, ref };
  };
  const votesOn = async (sid: string) => t.db.select().from(statementVotes).where(eq(statementVotes.statementId, sid));

  it('refuses (409) once the consultation was cancelled after it was read', async () => {
    const { c, sid, ref } = await setUp();
    await t.db.update(consultations).set({ status: 'cancelled' }).where(eq(consultations.id, c.consultationId));
    await expect(voteStatement(t.db, ref, { key: 'r:stale-reader' }, sid, 'agree')).rejects.toMatchObject({
      status: 409,
      code: 'online_closed',
    });
    expect(await votesOn(sid)).toHaveLength(1); // the author's own
  });

  it('refuses (409) once it closed after it was read', async () => {
    const { c, sid, ref } = await setUp();
    await t.db
      .update(consultations)
      .set({ endsAt: new Date(Date.now() - 1000) })
      .where(eq(consultations.id, c.consultationId));
    await expect(voteStatement(t.db, ref, { key: 'r:stale-reader' }, sid, 'agree')).rejects.toMatchObject({
      status: 409,
    });
  });

  it('answers 404 for a statement hidden meanwhile, and records a vote otherwise', async () => {
    const { sid, ref } = await setUp();
    await voteStatement(t.db, ref, { key: 'r:first' }, sid, 'disagree');
    expect((await votesOn(sid)).map((v) => v.vote).sort()).toEqual(['agree', 'disagree']);
    await t.db.update(statements).set({ hiddenAt: new Date(), hiddenReason: '测试' }).where(eq(statements.id, sid));
    await expect(voteStatement(t.db, ref, { key: 'r:second' }, sid, 'agree')).rejects.toMatchObject({ status: 404 });
    expect(await votesOn(sid)).toHaveLength(2);
  });
});
