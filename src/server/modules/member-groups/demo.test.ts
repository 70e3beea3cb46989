// What a person trying the demo finds of member groups: the committees with their consultations,
// the councils' fixed members, 1+2+N and the paired groups, and the coverage of villages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type * as Consultations from '../../../shared/api/consultations';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';
import type { Coverage, GroupDetail, GroupList } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

describe('the demo’s member groups', () => {
  it('the district leader sees the four committees, 经济委员会 with the two consultations it organised', async () => {
    const leader = await demo.signIn('leader');
    const list = json<GroupList>(await leader.get('/api/member-groups?pageSize=100'));
    const names = (kind: string) => list.items.filter((g) => g.kind === kind).map((g) => g.name);
    expect(names('committee').sort()).toEqual(
      ['提案委员会', '社会和法制委员会', '经济委员会', '文化文史和学习委员会'].sort(),
    );
    expect(names('sector')).toHaveLength(3);
    expect(names('council').sort()).toEqual(['柳塘村议事会固定成员', '桃园社区议事会固定成员'].sort());
    const direct = list.items.find((g) => g.name === '区直第一组');
    expect(direct?.pairedGroup?.name).toBe('南岭镇组');
    const economy = list.items.find((g) => g.name === '经济委员会');
    const page = json<GroupDetail>(await leader.get(`/api/member-groups/${economy?.id}`));
    expect(page.members.length).toBeGreaterThanOrEqual(2);
    expect(page.leads).toHaveLength(1);
    expect(page.consultationYears.reduce((n, y) => n + y.count, 0)).toBe(2);
    const activity = list.items.find((g) => g.kind === 'activity');
    const a = json<GroupDetail>(await leader.get(`/api/member-groups/${activity?.id}`));
    expect(a.composition).toMatchObject({ lead: 1, issues: [] });
  });

  it('南岭镇’s liaison may invite 柳塘村’s fixed members and sees who organised its consultation', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const list = json<GroupList>(await liaison.get('/api/member-groups?kind=council'));
    expect(list.items.map((g) => [g.name, g.memberCount > 0])).toEqual([['柳塘村议事会固定成员', true]]);
    expect(list.abilities).toEqual({ create: false, createCouncil: true });
    const consultations = json<Wire<typeof Consultations.ConsultationList>>(
      await liaison.get(`/api/consultations?q=${encodeURIComponent('玉米制种')}`),
    );
    const c = json<Wire<typeof Consultations.ConsultationDetail>>(
      await liaison.get(`/api/consultations/${consultations.items[0]?.id}`),
    );
    expect(c.group?.name).toBe('经济委员会');
  });

  it('东湖街道’s liaison checks its four communities for members', async () => {
    const liaison = await demo.signIn('liaison.donghu');
    const c = json<Coverage>(await liaison.get('/api/member-groups/coverage'));
    expect(c.totals.places).toBe(4);
    expect(c.items.map((r) => r.place.name).sort()).toEqual(['桃园社区', '湖心社区', '锦泉社区', '新苑社区'].sort());
  });
});
