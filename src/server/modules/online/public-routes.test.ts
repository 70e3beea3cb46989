import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { PublicOnlineView } from '../../../shared/api/online';
import { consultations, topics } from '../../platform/db/schema';
import { buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';

type Page = Wire<typeof PublicOnlineView>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Cookie = { name: string; value: string; httpOnly?: boolean; sameSite?: string; path?: string };

const HOUR = 3600_000;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let ipSeq = 0;
/** A resident on a phone of their own: a fresh address and no cookies yet. */
const phone = () => new Agent(t.app, {}, `127.32.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const online = (opts: { startsAt?: Date; endsAt?: Date } = {}) =>
  buildConsultation(t.db, { place: tree.villageA, form: 'online', ...opts });
const pub = (token: string | null, rest = '') => `/api/public/online/${token}${rest}`;
const post = async (who: Agent, token: string | null, text: string, name?: string) =>
  who.post(pub(token, '/statements'), name === undefined ? { text } : { text, name });
const idOf = (p: Page, text: string) => p.statements.find((s) => s.text === text)?.id as string;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
});

describe('GET /api/public/online/:token', () => {
  it('names the place in the reader’s script; the topic stays as written', async () => {
    const place = await buildPlace(t.db, { parent: tree.townA, kind: 'village', name: '桃园社区' });
    const c = await buildConsultation(t.db, { place, form: 'online' });
    const [topic] = await t.db.select().from(topics).where(eq(topics.id, c.topicId));
    const tw = await phone().get(pub(c.publicToken), { 'accept-language': 'zh-TW' });
    expect(json<Page>(tw)).toMatchObject({ placeName: '桃園社區', topic: { title: topic?.title } });
    expect(tw.headers.vary).toContain('Accept-Language');
    expect(json<Page>(await phone().get(pub(c.publicToken), { 'accept-language': 'zh-CN' })).placeName).toBe(
      '桃园社区',
    );
  });

  it('shows the topic, the place and the window, and gives the phone an HttpOnly voter cookie once', async () => {
    const c = await online();
    const [topic] = await t.db.select().from(topics).where(eq(topics.id, c.topicId));
    const who = phone();
    const res = await who.get(pub(c.publicToken));
    expect(res.statusCode).toBe(200);
    const page = json<Page>(res);
    expect(page.topic).toEqual({ title: topic?.title, description: topic?.description });
    expect(page).toMatchObject({ placeName: tree.villageA.name, isOpen: true, participantCount: 0, statements: [] });
    expect(page.closesAt).not.toBeNull();
    const cookie = (res.cookies as Cookie[]).find((k) => k.name === 'sl_voter');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/public/online' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const again = await who.get(pub(c.publicToken));
    expect((again.cookies as Cookie[]).some((k) => k.name === 'sl_voter')).toBe(false);
  });

  it('replaces a malformed voter cookie', async () => {
    const c = await online();
    const res = await new Agent(t.app, { sl_voter: 'not a voter id' }, '127.33.0.1').get(pub(c.publicToken));
    expect((res.cookies as Cookie[]).find((k) => k.name === 'sl_voter')?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('answers 404 for an unknown token and for a consultation that is not online', async () => {
    const who = phone();
    expect((await who.get(pub('no-such-token'))).statusCode).toBe(404);
    expect((await post(who, 'no-such-token', '增设停车位吧')).statusCode).toBe(404);
    const sid = '00000000-0000-4000-8000-000000000000';
    expect((await who.post(pub('no-such-token', `/statements/${sid}/vote`), { vote: 'agree' })).statusCode).toBe(404);
    const meeting = await buildConsultation(t.db, { place: tree.villageA, form: 'meeting' });
    await t.db
      .update(consultations)
      .set({ publicToken: 'meeting-token-1' })
      .where(eq(consultations.id, meeting.consultationId));
    expect((await who.get(pub('meeting-token-1'))).statusCode).toBe(404);
  });
});

describe('residents post and vote', () => {
  it('signs with the name given, or leaves it to 居民; only the author sees it as theirs', async () => {
    const c = await online();
    const a = phone();
    const named = await post(a, c.publicToken, '  建议增设电动车充电桩  ', '  李大爷 ');
    expect(named.statusCode).toBe(201);
    const mine = json<Page>(named).statements[0];
    expect(mine).toMatchObject({
      text: '建议增设电动车充电桩',
      authorName: '李大爷',
      isMine: true,
      myVote: 'agree',
      agree: 1,
    });
    expect((await post(a, c.publicToken, '充电桩要有专人管理', '')).statusCode).toBe(201);
    const other = json<Page>(await phone().get(pub(c.publicToken)));
    expect(other.participantCount).toBe(1);
    expect(other.statements.every((s) => !s.isMine && s.myVote === null)).toBe(true);
    expect(other.statements.find((s) => s.text === '充电桩要有专人管理')?.authorName).toBeNull();
  });

  it('lists the statements this phone has not voted on first', async () => {
    const c = await online();
    const texts = ['第一条观点内容', '第二条观点内容', '第三条观点内容'];
    for (const text of texts) await post(phone(), c.publicToken, text);
    const who = phone();
    const before = json<Page>(await who.get(pub(c.publicToken)));
    expect(before.statements.map((s) => s.text)).toEqual(texts);
    const after = await who.post(pub(c.publicToken, `/statements/${idOf(before, texts[0] as string)}/vote`), {
      vote: 'pass',
    });
    expect(after.statusCode).toBe(200);
    const page = json<Page>(after);
    expect(page.statements.map((s) => s.text)).toEqual([texts[1], texts[2], texts[0]]);
    expect(page.statements[2]).toMatchObject({ myVote: 'pass', pass: 1 });
    // a changed vote replaces the first
    const changed = json<Page>(
      await who.post(pub(c.publicToken, `/statements/${idOf(before, texts[0] as string)}/vote`), { vote: 'disagree' }),
    );
    expect(changed.statements[2]).toMatchObject({ myVote: 'disagree', agree: 1, disagree: 1, pass: 0 });
  });

  it('refuses bad input with 400 and the field', async () => {
    const c = await online();
    const who = phone();
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '太短了' }, 'text'],
      [{ text: '长'.repeat(141) }, 'text'],
      [{ text: '名字太长的观点内容', name: '名'.repeat(21) }, 'name'],
      [{}, 'text'],
    ];
    for (const [body, field] of cases) {
      const res = await who.post(pub(c.publicToken, '/statements'), body);
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual([field]);
    }
    const sid = idOf(json<Page>(await post(phone(), c.publicToken, '一条正常的观点')), '一条正常的观点');
    const bad = await who.post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.map((f) => f.path)).toEqual(['vote']);
  });

  it('takes JSON only: a cross-site form post cannot write', async () => {
    const c = await online();
    const form = await t.app.inject({
      method: 'POST',
      url: pub(c.publicToken, '/statements'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=%E5%A2%9E%E8%AE%BE%E5%81%9C%E8%BD%A6%E4%BD%8D%E5%90%A7',
    });
    expect(form.statusCode).toBe(415);
    const plain = await t.app.inject({
      method: 'POST',
      url: pub(c.publicToken, '/statements'),
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ text: '增设停车位吧' }),
    });
    expect(plain.statusCode).toBe(400);
    expect(json<Page>(await phone().get(pub(c.publicToken))).statements).toEqual([]);
  });

  it('is closed before the opening time and after the closing time (409)', async () => {
    const early = await online({ startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 9 * HOUR) });
    expect(json<Page>(await phone().get(pub(early.publicToken))).isOpen).toBe(false);
    const res = await post(phone(), early.publicToken, '还没开始就发言');
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('online_closed');

    const late = await online({ startsAt: new Date(Date.now() - 9 * HOUR) });
    const sid = idOf(json<Page>(await post(phone(), late.publicToken, '结束前的观点')), '结束前的观点');
    await t.db
      .update(consultations)
      .set({ endsAt: new Date(Date.now() - 1000) })
      .where(eq(consultations.id, late.consultationId));
    const who = phone();
    expect(json<Page>(await who.get(pub(late.publicToken))).isOpen).toBe(false);
    const vote = await who.post(pub(late.publicToken, `/statements/${sid}/vote`), { vote: 'agree' });
    expect(vote.statusCode).toBe(409);
    expect(json<ErrorBody>(vote).code).toBe('online_closed');
    expect((await post(who, late.publicToken, '结束后的观点')).statusCode).toBe(409);
  });

  it('takes at most ten statements from one phone (409), and refuses near-duplicates (409)', async () => {
    const c = await online();
    const who = phone();
    for (let i = 1; i <= 10; i++)
      expect((await post(who, c.publicToken, `第${i}条关于停车的建议`)).statusCode).toBe(201);
    const eleventh = await post(who, c.publicToken, '第十一条关于停车的建议');
    expect(eleventh.statusCode).toBe(409);
    expect(json<ErrorBody>(eleventh).code).toBe('online_statement_limit');
    const dup = await post(phone(), c.publicToken, '第1条，关于停车的建议！');
    expect(dup.statusCode).toBe(409);
    expect(json<ErrorBody>(dup).code).toBe('online_statement_duplicate');
    expect((await post(phone(), c.publicToken, '第十一条关于停车的建议')).statusCode).toBe(201);
  });

  it('refuses a vote on one’s own statement (409)', async () => {
    const c = await online();
    const who = phone();
    const sid = idOf(json<Page>(await post(who, c.publicToken, '这是我的观点呀')), '这是我的观点呀');
    const res = await who.post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'disagree' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('online_own_statement');
  });

  it('limits writes from one address to 60 in ten minutes (429)', async () => {
    const c = await online();
    const sid = idOf(json<Page>(await post(phone(), c.publicToken, '频率限制测试观点')), '频率限制测试观点');
    const busy = new Agent(t.app, {}, '127.34.0.1');
    const votes = ['agree', 'disagree', 'pass'];
    for (let i = 0; i < 60; i++) {
      const res = await busy.post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: votes[i % 3] });
      expect(res.statusCode).toBe(200);
    }
    const over = await busy.post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'agree' });
    expect(over.statusCode).toBe(429);
    expect(json<ErrorBody>(over).code).toBe('rate_limited');
    expect((await busy.get(pub(c.publicToken))).statusCode).toBe(200); // reading stays open
    expect((await phone().post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'agree' })).statusCode).toBe(200);
  });
});
