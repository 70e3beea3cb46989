// What a person trying the demo finds of members at work among residents: contacts and their log,
// 桃园社区's and 柳塘村's reception rotas around this week, and a resident's letter to 赵立新委员.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../shared/api/common';
import type { PublicReceptionWeek } from '../../shared/api/receptions';
import type { SubmissionListResponse } from '../../shared/api/submissions';
import type { PublicPlaceMembers } from '../../shared/api/submissions-public';
import type { ContactList, ContactLogList } from '../modules/contacts/testing';
import type { ReceptionDetail, ReceptionList } from '../modules/receptions/testing';
import { startDemoApp } from '../testing/demo-app';
import { Agent, json } from '../testing/harness';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

const DAY = 86_400_000;
const period = () =>
  `from=${encodeURIComponent(new Date(Date.now() - 28 * DAY).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 14 * DAY).toISOString())}`;

describe('the demo’s contacts', () => {
  it('王海燕委员 keeps three, two of them due a visit; one meeting raised a submission', async () => {
    const wang = await demo.signIn('member.wang');
    const list = json<ContactList>(await wang.get('/api/contacts'));
    expect(list.own).toEqual({ count: 3, due: 2 });
    expect(list.items.map((c) => [c.name, c.isDue])).toEqual([
      ['南岭镇农技协会', true],
      ['柳塘村张家（留守老人户）', true],
      ['南岭农业专业合作社', false],
    ]);
    const logs = json<ContactLogList>(await wang.get('/api/contacts/logs'));
    const raised = logs.items.filter((l) => l.submissions.length > 0);
    expect(raised.map((l) => l.kind)).toEqual(['meeting']);
    // each with a phone, kept sealed and shown masked; the member may read it in full
    expect(list.items.every((c) => /^1\d{2}\*{4}\d{4}$/.test(c.phoneMasked ?? ''))).toBe(true);
    const phone = json<{ phone: string }>(await wang.post(`/api/contacts/${list.items[0]?.id}/phone`, {}));
    expect(phone.phone).toMatch(/^1[3-9]\d{9}$/);
    // 南岭镇's liaison reads them among the township's members' contacts, and sorts the submission
    const liaison = await demo.signIn('liaison.nanling');
    const memberId = list.items[0]?.member.id;
    const hers = json<ContactList>(await liaison.get(`/api/contacts?memberId=${memberId}`));
    expect(hers.items.map((c) => c.name).sort()).toEqual(list.items.map((c) => c.name).sort());
    const township = json<ContactList>(await liaison.get('/api/contacts?pageSize=100'));
    expect(township.items.length).toBeGreaterThan(3);
    expect(township.items.every((c) => c.phoneMasked !== null)).toBe(true);
    const s = await liaison.get(`/api/submissions/${raised[0]?.submissions[0]?.id}`);
    expect(json<{ channel: string; allowedActions: string[] }>(s)).toMatchObject({
      channel: 'walk_in',
      allowedActions: expect.arrayContaining(['to_township']),
    });
  });

  it('赵立新委员 keeps two, and has a resident’s letter under 写给我的', async () => {
    const zhao = await demo.signIn('member.zhao');
    expect(json<ContactList>(await zhao.get('/api/contacts')).own).toMatchObject({ count: 2 });
    const mine = json<Wire<typeof SubmissionListResponse>>(await zhao.get('/api/submissions?addressedToMe=true'));
    expect(mine.items.map((i) => i.content)).toEqual([
      '赵委员您好，社区长者食堂只供应午餐，希望能增加晚餐供应，方便独居长者。',
    ]);
    const notices = json<{ items: { kind: string }[] }>(await zhao.get('/api/notifications'));
    expect(notices.items.map((n) => n.kind)).toContain('member_addressed');
  });
});

describe('the demo’s reception days', () => {
  it('桃园社区’s rota: a day held with a submission, an absence, a swap, this week’s duty', async () => {
    const liaison = await demo.signIn('liaison.taoyuan');
    const rota = json<ReceptionList>(
      await liaison.get(`/api/receptions?placeId=${demo.place('dh-ty').id}&${period()}`),
    );
    expect(rota.items.map((s) => s.status)).toEqual(['held', 'absent', 'held', expect.any(String), 'scheduled']);
    expect(rota.items[0]).toMatchObject({ member: { displayName: '赵立新委员' }, submissionCount: 1 });
    expect(rota.items[1]?.absenceReason).toBeTruthy();
    expect(rota.items[3]?.member.displayName).toBe('赵立新委员');
    const held = json<ReceptionDetail>(await liaison.get(`/api/receptions/${rota.items[0]?.id}`));
    expect(held.submissions.map((s) => s.status)).toEqual(['received']);
  });

  it('柳塘村’s rota has 王海燕委员 on duty this week, after a swap last week', async () => {
    const wang = await demo.signIn('member.wang');
    const rota = json<ReceptionList>(await wang.get(`/api/receptions?placeId=${demo.place('nl-lt').id}&${period()}`));
    expect(rota.items.map((s) => s.member.displayName).slice(0, 1)).toEqual(['王海燕委员']);
    expect(rota.items[2]?.member.displayName).toBe('王海燕委员');
    expect(rota.items.filter((s) => s.status === 'held').length).toBe(2);
  });

  it('residents of 桃园社区 see this week’s member, and may write to the members serving it', async () => {
    const resident = new Agent(demo.app);
    const week = json<Wire<typeof PublicReceptionWeek>>(await resident.get('/api/public/places/dh-ty/receptions'));
    expect(week.items.map((i) => [i.name, i.placeName, i.venue])).toContainEqual([
      '赵立新委员',
      '桃园社区',
      '桃园社区党群服务中心委员接待室',
    ]);
    const members = json<Wire<typeof PublicPlaceMembers>>(await resident.get('/api/public/places/dh-ty/members'));
    expect(members.items.map((m) => m.name)).toContain('赵立新委员');
  });
});
