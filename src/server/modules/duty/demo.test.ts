// What a person trying the demo finds of 履职考核: 青禾区's rules with versions, last year closed,
// 王海燕's approved entries in her ledger, 赵立新's entry waiting for 东湖街道's liaison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { DutyEntryList, DutyHome, DutyLedger, DutyRanking, DutyRuleSetView } from '../../../shared/api/duty';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

describe('the demo’s duty assessment', () => {
  it('王海燕 sees her score at home and last year closed in her ledger, her report among its lines', async () => {
    const wang = await demo.signIn('member.wang');
    const home = json<Wire<typeof DutyHome>>(await wang.get('/api/duty/home'));
    expect(home).toMatchObject({ member: { displayName: '王海燕委员' }, year, score: { isFrozen: false } });
    const last = json<Wire<typeof DutyLedger>>(await wang.get(`/api/duty/members/${home.member.id}?year=${year - 1}`));
    expect(last.closing?.place.name).toBe('青禾区');
    expect(last.rules.version).toBe(1);
    expect(last.entries.filter((e) => e.kind === 'manual').map((e) => e.record.label)).toEqual([
      '撰写调研报告《南岭镇制种产业发展调查》，报区政协农业农村委',
    ]);
    const now = json<Wire<typeof DutyLedger>>(await wang.get(`/api/duty/members/${home.member.id}`));
    expect(now.rules.version).toBe(2);
    expect(now.closing).toBeNull();
  });

  it('东湖街道’s liaison has 赵立新’s entry to review, and ranks the street’s members', async () => {
    const liaison = await demo.signIn('liaison.donghu');
    const list = json<Wire<typeof DutyEntryList>>(await liaison.get('/api/duty/entries?status=pending'));
    expect(list.items.map((e) => [e.member.displayName, e.abilities.review])).toEqual([['赵立新委员', true]]);
    const ranking = json<Wire<typeof DutyRanking>>(await liaison.get('/api/duty/ranking'));
    expect(ranking.place.name).toBe('东湖街道');
    expect(ranking.rows.map((r) => r.member.displayName)).toContain('赵立新委员');
    const rules = json<Wire<typeof DutyRuleSetView>>(await liaison.get(`/api/duty/rules?year=${year}`));
    expect(rules).toMatchObject({
      source: 'inherited',
      applied: { version: 2 },
      rules: { kinds: { whistle_answered: { points: 6 } } },
    });
  });
});
