import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { CheckInInfo, CheckInResult } from '../../../shared/api/trainings';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  created,
  fieldsOf,
  hoursFromNow,
  NO_SUCH,
  setTimes,
  type TrainingDetail,
  type TrainingScene,
  tick,
  tokenOf,
  trainingScene,
} from './testing';

let t: TestApp;
let s: TrainingScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const byToken = (token: string) => `/api/trainings/check-in/${token}`;

beforeAll(async () => {
  t = await startTestApp();
  s = await trainingScene(t);
  anonymous = new Agent(t.app);
});

describe('GET /api/trainings/check-in/:token (the QR code’s page)', () => {
  it('shows the session and whether the signed-in person may sign in', async () => {
    const d = await created(s);
    const token = await tokenOf(t, d.id);
    const res = await s.memberV.agent.get(byToken(token));
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Wire<typeof CheckInInfo>>(res)).toMatchObject({
      id: d.id,
      title: d.title,
      place: { id: s.tree.townA.id },
      hours: 1.5,
      state: 'open',
      attendedAt: null,
      isForMe: true,
    });
    expect(json<Wire<typeof CheckInInfo>>(await s.memberB.agent.get(byToken(token))).isForMe).toBe(false);
    expect(json<Wire<typeof CheckInInfo>>(await s.liaisonA.agent.get(byToken(token))).isForMe).toBe(false);
  });

  it('answers 401 without a session, 404 for an unknown code, 400 for one malformed', async () => {
    const d = await created(s);
    expect((await anonymous.get(byToken(await tokenOf(t, d.id)))).statusCode).toBe(401);
    expect((await s.memberA1.agent.get(byToken('x'.repeat(24)))).statusCode).toBe(404);
    expect((await s.memberA1.agent.get(byToken('short'))).statusCode).toBe(400);
  });
});

describe('POST /api/trainings/check-in/:token (signing in by the QR code)', () => {
  it('signs the member in with their session; a second scan keeps the first time', async () => {
    const d = await created(s);
    const token = await tokenOf(t, d.id);
    const first = await s.memberA1.agent.post(byToken(token));
    expect(first.statusCode, first.body).toBe(200);
    const r = json<Wire<typeof CheckInResult>>(first);
    expect(r).toMatchObject({ trainingId: d.id, isNew: true });
    const again = json<Wire<typeof CheckInResult>>(await s.memberA1.agent.post(byToken(token)));
    expect(again).toEqual({ ...r, isNew: false });
    const page = json<TrainingDetail>(await s.cppcc.agent.get(`/api/trainings/${d.id}`));
    expect(page.attendedCount).toBe(1);
    expect(page.attendees.find((a) => a.member.id === s.memberA1.id)).toMatchObject({ method: 'qr', isInvited: true });
  });

  it('signs in a member invited from above (a district member)', async () => {
    const d = await created(s, { memberIds: [s.memberD.id] });
    expect((await s.memberD.agent.post(byToken(await tokenOf(t, d.id)))).statusCode).toBe(200);
  });

  it('answers 401, 404, 403 to staff and to members it is not for, 409 outside the window or once cancelled', async () => {
    const d = await created(s);
    const token = await tokenOf(t, d.id);
    expect((await anonymous.post(byToken(token))).statusCode).toBe(401);
    expect((await s.memberA1.agent.post(byToken('y'.repeat(24)))).statusCode).toBe(404);
    const staff = await s.liaisonA.agent.post(byToken(token));
    expect(staff.statusCode).toBe(403);
    expect(codeOf(staff.body)).toBe('training_not_a_member');
    const elsewhere = await s.memberB.agent.post(byToken(token));
    expect(elsewhere.statusCode).toBe(403);
    expect(codeOf(elsewhere.body)).toBe('training_not_for_you');

    const later = await created(s, { startsAt: hoursFromNow(5), endsAt: hoursFromNow(7) });
    const early = await s.memberA1.agent.post(byToken(await tokenOf(t, later.id)));
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('training_check_in_closed');
    const past = await created(s);
    await setTimes(t, past.id, hoursFromNow(-72), hoursFromNow(-70));
    expect(codeOf((await s.memberA1.agent.post(byToken(await tokenOf(t, past.id)))).body)).toBe(
      'training_check_in_closed',
    );
    await s.cppcc.agent.post(`/api/trainings/${later.id}/cancel`);
    await setTimes(t, later.id, hoursFromNow(-1), hoursFromNow(1));
    expect(codeOf((await s.memberA1.agent.post(byToken(await tokenOf(t, later.id)))).body)).toBe('training_cancelled');
  });
});

describe('POST /api/trainings/:id/check-in (signing in from the page)', () => {
  it('signs the member in and answers the page', async () => {
    const d = await created(s);
    const res = await s.memberA2.agent.post(`/api/trainings/${d.id}/check-in`);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<TrainingDetail>(res)).toMatchObject({
      me: { isInvited: true, attendedAt: expect.any(String) },
      abilities: { checkIn: false },
    });
  });

  it('answers 401, 404 to those who do not see it, 403 to staff, 400 on a bad id', async () => {
    const d = await created(s);
    expect((await anonymous.post(`/api/trainings/${d.id}/check-in`)).statusCode).toBe(401);
    expect((await s.memberB.agent.post(`/api/trainings/${d.id}/check-in`)).statusCode).toBe(404);
    expect((await s.cppcc.agent.post(`/api/trainings/${d.id}/check-in`)).statusCode).toBe(403);
    expect((await s.memberA1.agent.post('/api/trainings/x/check-in')).statusCode).toBe(400);
  });
});

describe('PUT /api/trainings/:id/attendance/:accountId (ticked by staff)', () => {
  it('ticks a member present and takes it back; a QR sign-in keeps its method', async () => {
    const d = await created(s);
    const ticked = await tick(s.liaisonA.agent, d.id, s.memberA2.id, true);
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(json<TrainingDetail>(ticked).attendees.find((a) => a.member.id === s.memberA2.id)?.method).toBe('ticked');
    await s.memberV.agent.post(`/api/trainings/${d.id}/check-in`);
    const kept = json<TrainingDetail>(await tick(s.liaisonA.agent, d.id, s.memberV.id, true));
    expect(kept.attendees.find((a) => a.member.id === s.memberV.id)?.method).toBe('qr');
    const back = json<TrainingDetail>(await tick(s.liaisonA.agent, d.id, s.memberA2.id, false));
    expect(back.attendees.find((a) => a.member.id === s.memberA2.id)).toMatchObject({
      attendedAt: null,
      isInvited: true,
    });
    expect(back.attendedCount).toBe(1);
  });

  it('ticks after the session ended, not before it opens', async () => {
    const d = await created(s);
    await setTimes(t, d.id, hoursFromNow(-72), hoursFromNow(-70));
    expect((await tick(s.cppcc.agent, d.id, s.memberA1.id, true)).statusCode).toBe(200);
    const later = await created(s, { startsAt: hoursFromNow(24), endsAt: hoursFromNow(26) });
    const early = await tick(s.cppcc.agent, later.id, s.memberA1.id, true);
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('training_not_started');
  });

  it('answers 401, 404, 403, 400 by field and for a member beyond the session, 409 once cancelled', async () => {
    const d = await created(s, { inviteAll: false });
    expect((await tick(anonymous, d.id, s.memberA1.id, true)).statusCode).toBe(401);
    expect((await tick(s.liaisonB.agent, d.id, s.memberA1.id, true)).statusCode).toBe(404);
    for (const who of [s.leader, s.memberA1])
      expect((await tick(who.agent, d.id, s.memberA1.id, true)).statusCode).toBe(403);
    expect(fieldsOf((await tick(s.cppcc.agent, d.id, s.memberA1.id, 'yes')).body)).toEqual(['attended']);
    expect(fieldsOf((await tick(s.cppcc.agent, d.id, 'x', true)).body)).toEqual(['accountId']);
    for (const who of [s.memberB, s.memberD, s.leader]) {
      const res = await tick(s.cppcc.agent, d.id, who.id, true);
      expect(res.statusCode, who.id).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['accountId']);
    }
    expect((await tick(s.cppcc.agent, d.id, NO_SUCH, true)).statusCode).toBe(400);
    const e = await created(s, { startsAt: hoursFromNow(24), endsAt: hoursFromNow(26) });
    await s.cppcc.agent.post(`/api/trainings/${e.id}/cancel`);
    expect(codeOf((await tick(s.cppcc.agent, e.id, s.memberA1.id, true)).body)).toBe('training_cancelled');
  });
});

describe('GET /api/trainings/:id/sign-in-qr.png', () => {
  it('gives those who keep the session the QR code; 401, 404, 403 to others', async () => {
    const d = await created(s);
    const res = await s.liaisonA.agent.get(`/api/trainings/${d.id}/sign-in-qr.png`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await anonymous.get(`/api/trainings/${d.id}/sign-in-qr.png`)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(`/api/trainings/${d.id}/sign-in-qr.png`)).statusCode).toBe(404);
    expect((await s.memberA1.agent.get(`/api/trainings/${d.id}/sign-in-qr.png`)).statusCode).toBe(403);
  });
});
