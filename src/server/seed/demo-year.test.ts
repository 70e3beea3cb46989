// What a person trying the demo finds of a year of members' duty: the district's ranking last year
// (closed) and this year graded as a district's would be — most 称职, some 优秀, a few 基本称职, one
// or two 不称职 — each point opening the record behind it, and last year's trainings with a handout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../shared/api/common';
import type { DutyLedger, DutyRanking } from '../../shared/api/duty';
import type { TrainingDetail, TrainingList } from '../modules/trainings/testing';
import { startDemoApp } from '../testing/demo-app';
import { json } from '../testing/harness';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
type Ranking = Wire<typeof DutyRanking>;

/** A district's believable spread: most competent, some excellent, a few basic, one or two short. */
function expectBelievable(r: Ranking) {
  const g = r.gradeCounts;
  expect(r.rows).toHaveLength(35);
  expect(g.competent).toBeGreaterThan(r.rows.length / 2);
  expect(g.excellent).toBeGreaterThanOrEqual(3);
  expect(g.excellent).toBeLessThan(g.competent / 2);
  expect(g.basically_competent).toBeGreaterThanOrEqual(2);
  expect(g.basically_competent).toBeLessThanOrEqual(6);
  expect(g.incompetent).toBeGreaterThanOrEqual(1);
  expect(g.incompetent).toBeLessThanOrEqual(2);
}

describe('the demo’s year of duty', () => {
  it('grades last year’s closed ledger and this year’s so far as a district’s would be', async () => {
    const office = await demo.signIn('cppcc.qinghe');
    const last = json<Ranking>(await office.get(`/api/duty/ranking?year=${year - 1}`));
    expect(last.closing?.place.name).toBe('青禾区');
    expect(last.rows.every((r) => r.isFrozen)).toBe(true);
    expectBelievable(last);
    const now = json<Ranking>(await office.get(`/api/duty/ranking?year=${year}`));
    expect(now.closing).toBeNull();
    expectBelievable(now);
    const grade = (r: Ranking, name: string) => r.rows.find((x) => x.member.displayName === name)?.grade;
    expect([grade(last, '王海燕委员'), grade(now, '王海燕委员')]).toEqual(['excellent', 'excellent']);
  });

  it('fills a competent member’s year from every kind of record, each opening for the office', async () => {
    const office = await demo.signIn('cppcc.qinghe');
    const ranking = json<Ranking>(await office.get(`/api/duty/ranking?year=${year - 1}`));
    const row = ranking.rows.find((r) => r.member.displayName === '刘建明');
    expect(row?.grade).toBe('competent');
    const ledger = json<Wire<typeof DutyLedger>>(
      await office.get(`/api/duty/members/${row?.member.id}?year=${year - 1}`),
    );
    const kinds = new Set(ledger.entries.map((e) => e.kind));
    for (const kind of [
      'consultation_attended',
      'opinion_given',
      'contact_logged',
      'reception_held',
      'whistle_answered',
      'public_opinion_written',
      'public_opinion_adopted',
      'proposal_written',
      'training_attended',
    ] as const)
      expect(kinds, kind).toContain(kind);
    const api = { consultation: 'consultations', whistle: 'whistles', writing: 'writings', training: 'trainings' };
    for (const [type, path] of Object.entries(api)) {
      const e = ledger.entries.find((x) => x.record.type === type);
      const res = await office.get(`/api/${path}/${e?.record.id}`);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(200);
    }
    // last year's writings read their steps as the office took them
    const writing = ledger.entries.find((e) => e.kind === 'public_opinion_adopted');
    const w = json<{ status: string; steps: { kind: string }[] }>(
      await office.get(`/api/writings/${writing?.record.id}`),
    );
    expect(w).toMatchObject({ status: 'adopted' });
    expect(w.steps.map((s) => s.kind)).toEqual(['drafted', 'submitted', 'adopted']);
  });

  it('keeps the writing course’s handout among last year’s materials, for a member to download', async () => {
    const wang = await demo.signIn('member.wang');
    const list = json<TrainingList>(await wang.get(`/api/trainings?year=${year - 1}`));
    const course = list.items.find((i) => i.title === '社情民意信息撰写专题辅导');
    const detail = json<TrainingDetail>(await wang.get(`/api/trainings/${course?.id}`));
    expect(detail.files.map((f) => f.fileName)).toEqual(['社情民意信息撰写要点.docx']);
    // she was invited (training_invitees), as everyone on the session's list was
    expect(course?.invitedCount).toBeGreaterThanOrEqual(30);
    const file = await wang.get(`/api/trainings/${course?.id}/files/${detail.files[0]?.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    expect(file.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(file.rawPayload.length).toBe(detail.files[0]?.bytes);
  });
});
