// What a person trying the demo finds of 吹哨报到 and 专题培训.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';
import type { TrainingDetail, TrainingHours, TrainingList } from '../trainings/testing';
import type { WhistleDetail, WhistleList } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

describe('the demo’s whistles', () => {
  it('柳塘村’s call was answered by 王海燕委员 within two hours, what she did recorded, closed with five stars', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const list = json<WhistleList>(await liaison.get('/api/whistles'));
    expect(list.items.map((i) => [i.place.name, i.status, i.rating])).toEqual([['柳塘村', 'closed', 5]]);
    expect(list.stats).toMatchObject({ total: 1, open: 0, answered: 1, closed: 1, medianFirstResponseHours: 1.5 });
    const w = json<WhistleDetail>(await liaison.get(`/api/whistles/${list.items[0]?.id}`));
    expect(w.code).toMatch(/^CS-\d{4}-\d{4}$/);
    expect(w.responses.map((r) => [r.responder.displayName, r.responderKind, Boolean(r.didWhat)])).toEqual([
      ['王海燕委员', 'member', true],
      ['区农业农村局', 'department', true],
    ]);
    expect(w.closeHours).toBe(48);
    const wang = await demo.signIn('member.wang');
    expect((await wang.get(`/api/whistles/${w.id}`)).statusCode).toBe(200);
  });

  it('东湖街道 has a call open that 赵立新委员 may answer on his phone', async () => {
    const zhao = await demo.signIn('member.zhao');
    const toAnswer = json<WhistleList>(await zhao.get('/api/whistles?toAnswer=true'));
    expect(toAnswer.items.map((i) => [i.place.name, i.status])).toEqual([['东湖街道', 'open']]);
    const w = json<WhistleDetail>(await zhao.get(`/api/whistles/${toAnswer.items[0]?.id}`));
    expect(w.abilities.answer).toBe(true);
    const chen = await demo.signIn('liaison.donghu');
    // the street's calls of the past year are closed; this one is open and not answered yet
    const open = json<WhistleList>(await chen.get('/api/whistles?status=open'));
    expect(open.stats).toMatchObject({ open: 1, answered: 0 });
  });
});

describe('the demo’s trainings', () => {
  it('has two sessions this year with attendance, some members absent, after last year’s', async () => {
    const leader = await demo.signIn('leader');
    const list = json<TrainingList>(await leader.get('/api/trainings'));
    expect(list.items.slice(0, 2).map((i) => [i.kind, i.state])).toEqual([
      ['meeting', 'ended'],
      ['course', 'ended'],
    ]);
    for (const item of list.items) expect(item.attendedCount).toBeGreaterThan(0);
    const course = json<TrainingDetail>(await leader.get(`/api/trainings/${list.items[1]?.id}`));
    const line = (name: string) => course.attendees.find((a) => a.member.displayName === name);
    expect(line('王海燕委员')).toMatchObject({ isInvited: true, method: 'qr' });
    expect(line('赵立新委员')).toMatchObject({ isInvited: true, attendedAt: null });
    // both this year in the demo's December; counted by the year each started in
    const year = new Date(course.startsAt).getFullYear();
    const sameYear = list.items.filter((i) => new Date(i.startsAt).getFullYear() === year);
    const hours = json<TrainingHours>(await leader.get(`/api/trainings/hours?year=${year}`));
    expect(hours.items.find((i) => i.member.displayName === '王海燕委员')).toMatchObject({
      attended: sameYear.length,
      hours: sameYear.reduce((h, i) => h + i.hours, 0),
    });
    // 赵立新 missed the course; the hours count what each session of the year says of him
    const his = await Promise.all(
      sameYear.map(async (i) => {
        const d = json<TrainingDetail>(await leader.get(`/api/trainings/${i.id}`));
        return d.attendees.find((a) => a.member.displayName === '赵立新委员');
      }),
    );
    expect(hours.items.find((i) => i.member.displayName === '赵立新委员')).toMatchObject({
      attended: his.filter((a) => a?.attendedAt).length,
      missed: his.filter((a) => a?.isInvited && !a.attendedAt).length,
    });
    expect(his.filter((a) => a?.isInvited && !a.attendedAt).length).toBeGreaterThanOrEqual(1);
  });
});
