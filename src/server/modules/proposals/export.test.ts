import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { HandlingList } from '../../../shared/api/proposals';
import { auditEvents } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { assign, proposalScene, REPLY, step } from './testing';

const URL = '/api/proposals/handlings/export.xlsx';
let t: TestApp;
let s: Awaited<ReturnType<typeof proposalScene>>;

const list = async (by: Agent, query: string) => {
  const res = await by.get(`/api/proposals/handlings?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Wire<typeof HandlingList>>(res);
};

beforeAll(async () => {
  t = await startTestApp();
  s = await proposalScene(t);
  const a = await assign(s.liaison.agent, await s.proposal(), {
    units: [{ unitId: s.department.id }, { unitId: s.department2.id }],
    proposer: '=HYPERLINK("x")',
  });
  const first = a.items.find((i) => i.unit.id === s.department.id);
  if (first) await step(s.department.agent, first.id, 'reply', REPLY);
});

describe('GET /api/proposals/handlings/export.xlsx', () => {
  it('answers 401, and 400 by field', async () => {
    expect((await new Agent(t.app).get(URL)).statusCode).toBe(401);
    const bad = await s.liaison.agent.get(`${URL}?status=nope&unitId=x`);
    expect(bad.statusCode).toBe(400);
    expect(
      json<Wire<typeof ErrorBody>>(bad)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['status', 'unitId']);
  });

  it.each(['', 'status=assigned', 'status=replied', 'filter=replied'])(
    'has exactly the rows the list counts for %j',
    async (query) => {
      const expected = await list(s.liaison.agent, query);
      const { rows } = await exportedSheet(s.liaison.agent, `${URL}?${query}`);
      expect(rows).toHaveLength(expected.total);
      expect(columnOf(rows, 4)).toEqual(expected.items.map((i) => i.unit.displayName).sort());
    },
  );

  it('gives a unit the rows its list shows, another region none; audits', async () => {
    const own = await exportedSheet(s.department2.agent, URL);
    expect(own.rows).toHaveLength((await list(s.department2.agent, '')).total);
    expect((await exportedSheet(s.liaisonB.agent, URL)).rows).toHaveLength(0);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'proposal.export'), eq(auditEvents.actorId, s.department2.id)));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: own.rows.length }));
  });

  it('writes a proposer like a formula as text, in the reader’s language', async () => {
    const { header, rows } = await exportedSheet(s.liaison.agent, URL, { 'accept-language': 'en' });
    expect(header.slice(0, 2)).toEqual(['Code', 'Proposal']);
    expectTextCell(rows[0]?.getCell(5), '=HYPERLINK("x")');
  });
});
