// What a person trying the demo finds of the roster: 区政协办公室 keeps 35 members over the
// sectors and levels, most villages and communities have two or three, three places have fewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { MemberPhone } from '../../../shared/api/members';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';
import { listMembersAt } from '.';
import type { Member, Roster } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

const VILLAGES = [
  'dh-ty',
  'dh-jq',
  'dh-hx',
  'dh-xy',
  'nl-sq',
  'nl-lt',
  'nl-dp',
  'nl-gz',
  'xx-ms',
  'xx-hy',
  'xx-cw',
  'xx-xxsq',
];

describe('the demo’s roster', () => {
  it('区政协办公室 keeps 35 members: mostly district-level, a few municipal and provincial, many sectors', async () => {
    const office = await demo.signIn('cppcc.qinghe');
    const roster = json<Roster>(await office.get('/api/members?pageSize=100'));
    expect(roster.total).toBe(35);
    const levels = roster.items.map((m) => m.profile?.level);
    expect(levels.filter((l) => l === 'county').length).toBeGreaterThan(25);
    expect(levels).toEqual(expect.arrayContaining(['municipal', 'provincial']));
    expect(new Set(roster.items.map((m) => m.profile?.sector)).size).toBeGreaterThan(15);
    expect(roster.items.every((m) => m.profile?.termStart && m.profile.termEnd === 2026)).toBe(true);
    expect(roster.items.every((m) => m.places.some((p) => p.kind === 'workstation'))).toBe(true);
    const wang = roster.items.find((m) => m.username === 'member.wang');
    expect(wang).toMatchObject({
      displayName: '王海燕委员',
      profile: { memberNo: 'QH-2022-001', sector: 'agriculture' },
      phoneMasked: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/),
    });
    const phone = json<Wire<typeof MemberPhone>>(await office.post(`/api/members/${wang?.id}/phone`));
    expect(phone.phone).toMatch(/^1[3-9]\d{9}$/);
    const detail = json<Member>(await office.get(`/api/members/${wang?.id}`));
    expect(detail.places.map((p) => [p.kind, p.place.name])).toEqual([
      ['workstation', '南岭镇'],
      ['assigned', '柳塘村'],
      ['assigned', '石桥村'],
    ]);
  });

  it('has two or three members in most villages and communities, and leaves three places short', async () => {
    const counts = await Promise.all(
      VILLAGES.map(async (code) => [code, (await listMembersAt(demo.db, demo.place(code).id, 'assigned')).length]),
    );
    const short = counts.filter(([, n]) => (n as number) < 2).map(([code]) => code);
    expect(short.sort()).toEqual(['dh-xy', 'nl-gz', 'xx-cw']);
    expect(counts.every(([, n]) => (n as number) <= 3)).toBe(true);
  });

  it('shows 桃园社区’s liaison the members serving it, and the administrator no roster', async () => {
    const liaison = await demo.signIn('liaison.taoyuan');
    const names = json<Roster>(await liaison.get('/api/members')).items.map((m) => m.displayName);
    expect(names.sort()).toEqual(['何雪琴', '冯丽', '赵立新委员'].sort());
    const admin = await demo.signIn('admin');
    expect((await admin.get('/api/members')).statusCode).toBe(403);
  });

  it('区政协办公室 works the deliberation in its reach, and the administrator sees none of it', async () => {
    const office = await demo.signIn('cppcc.qinghe');
    const page = async (url: string) => {
      const res = await office.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return json<{ items?: unknown[]; total?: number }>(res);
    };
    expect((await page('/api/topics')).items?.length).toBeGreaterThan(0);
    expect((await page('/api/consultations')).items?.length).toBeGreaterThan(0);
    expect((await page('/api/outcomes')).items?.length).toBeGreaterThan(0);
    const inbox = await page('/api/submissions');
    expect(inbox.items?.length).toBeGreaterThan(0);
    await page('/api/tasks/board');
    // it reads submissions but does not sort them (分办 is the liaison's)
    const [first] = inbox.items as { id: string }[];
    const sort = await office.post(`/api/submissions/${first?.id}/actions`, { action: 'to_grid' });
    expect(sort.statusCode).toBe(403);
    const admin = await demo.signIn('admin');
    expect(json<{ total: number }>(await admin.get('/api/topics')).total).toBe(0);
  });
});
