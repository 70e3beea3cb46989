import { beforeAll, describe, expect, it } from 'vitest';
import type { Challenge, ChallengeErrorBody, Wire } from '../../../shared/api/common';
import type { OnlineView, PublicOnlineView } from '../../../shared/api/online';
import { readChallenges } from '../../testing/challenge-answers';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { ONLINE_LIMITS } from './rules';

type Page = Wire<typeof PublicOnlineView>;
type Refusal = Wire<typeof ChallengeErrorBody>;
type StaffView = Wire<typeof OnlineView>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent;
let member: Agent;
const answerTo = readChallenges();
const CAP = ONLINE_LIMITS.newVotersPerAddress;
let ipSeq = 0;
const newAddress = () => `127.36.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`;
/** A phone without the voter cookie: to the server, a new voter each time. */
const cookieless = (ip: string) => new Agent(t.app, {}, ip);
const pub = (token: string | null, rest = '') => `/api/public/online/${token}${rest}`;

/** An open online consultation with one statement that three residents (three addresses) agree with. */
async function statementWithThreeAgrees() {
  const c = await buildConsultation(t.db, { place: tree.villageA, form: 'online' });
  const page = json<Page>(
    await cookieless(newAddress()).post(pub(c.publicToken, '/statements'), { text: '东门增设临时停车位' }),
  );
  const sid = page.statements[0]?.id as string;
  for (let i = 0; i < 2; i++)
    await cookieless(newAddress()).post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'agree' });
  const vote = (who: Agent, body: Record<string, unknown> = {}) =>
    who.post(pub(c.publicToken, `/statements/${sid}/vote`), { vote: 'agree', ...body });
  const agrees = async () => json<Page>(await cookieless(newAddress()).get(pub(c.publicToken))).statements[0]?.agree;
  return { c, sid, vote, agrees };
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
});

describe('one address sending votes without the voter cookie', () => {
  it(`counts ${CAP} new voters, then asks each further one for the image challenge`, async () => {
    const s = await statementWithThreeAgrees();
    expect(await s.agrees()).toBe(3);
    const ip = newAddress();
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await s.vote(cookieless(ip)));
    expect(answers.slice(0, CAP).map((r) => r.statusCode)).toEqual(Array(CAP).fill(200));
    for (const refused of answers.slice(CAP)) {
      expect(refused.statusCode).toBe(429);
      expect(json<Refusal>(refused).code).toBe('online_challenge_required');
      expect(json<Refusal>(refused).challenge?.svg).toMatch(/^<svg/);
    }
    expect(await s.agrees()).toBe(3 + CAP); // not 23
  });

  it('admits a new voter who solves the challenge; a wrong answer gets a fresh one', async () => {
    const s = await statementWithThreeAgrees();
    const ip = newAddress();
    for (let i = 0; i < CAP; i++) expect((await s.vote(cookieless(ip))).statusCode).toBe(200);
    const phone = cookieless(ip);
    const asked = json<Refusal>(await s.vote(phone)).challenge as Wire<typeof Challenge>;
    const wrong = await s.vote(phone, { challenge: { id: asked.id, answer: `${answerTo(asked)}x` } });
    expect(wrong.statusCode).toBe(429);
    const again = json<Refusal>(wrong);
    expect(again.code).toBe('challenge_failed');
    const solved = await s.vote(phone, {
      challenge: { id: again.challenge?.id, answer: answerTo(again.challenge as Wire<typeof Challenge>) },
    });
    expect(solved.statusCode).toBe(200);
    expect(await s.agrees()).toBe(3 + CAP + 1);
  });

  it('lets voters it knows change their vote, and other addresses vote, without a challenge', async () => {
    const s = await statementWithThreeAgrees();
    const ip = newAddress();
    const phones = Array.from({ length: CAP }, () => cookieless(ip));
    for (const p of phones) expect((await s.vote(p)).statusCode).toBe(200);
    for (const p of phones) expect((await s.vote(p, { vote: 'disagree' })).statusCode).toBe(200);
    expect((await s.vote(cookieless(newAddress()))).statusCode).toBe(200);
    expect((await s.vote(cookieless(ip))).statusCode).toBe(429);
  });

  it('caps new voters who post statements too', async () => {
    const { c } = await statementWithThreeAgrees();
    const ip = newAddress();
    for (let i = 0; i < CAP; i++)
      expect(
        (await cookieless(ip).post(pub(c.publicToken, '/statements'), { text: `第${i}条不同的观点` })).statusCode,
      ).toBe(201);
    const res = await cookieless(ip).post(pub(c.publicToken, '/statements'), { text: '又一条不同的观点' });
    expect(res.statusCode).toBe(429);
    expect(json<Refusal>(res).code).toBe('online_challenge_required');
  });
});

describe('moderators see a burst of new voters from one address', () => {
  it('as a count per address tag, without the address; members do not see it', async () => {
    const s = await statementWithThreeAgrees();
    const ip = newAddress();
    for (let i = 0; i < CAP + 3; i++) await s.vote(cookieless(ip));
    const res = await liaison.get(`/api/consultations/${s.c.consultationId}/online`);
    expect(res.statusCode).toBe(200);
    const { bursts } = json<StaffView>(res);
    expect(bursts).toHaveLength(1); // the three single voters from their own addresses are no burst
    expect(bursts[0]).toMatchObject({ newVoters: CAP, address: expect.stringMatching(/^[\w-]{6}$/) });
    expect(res.body).not.toContain(ip);
    const seen = json<StaffView>(await member.get(`/api/consultations/${s.c.consultationId}/online`));
    expect(seen.bursts).toEqual([]);
  });
});
