// The CPPCC office's side of members' writings through the API: editing in review (kept as a version
// note), returning, adopting, declining, and forwarding to leaders and departments.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { memberWritings } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  act,
  adopted,
  draft,
  fieldsOf,
  forwarded,
  NO_SUCH,
  noticesAbout,
  returned,
  step,
  submissionAt,
  submitted,
  type WritingCandidates,
  type WritingDetail,
  type WritingScene,
  writingScene,
} from './testing';

let t: TestApp;
let s: WritingScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const NEW_TITLE = '关于加快建设村级养老服务站的建议';

beforeAll(async () => {
  t = await startTestApp();
  s = await writingScene(t);
  anonymous = new Agent(t.app);
});

/** The 401 / 404 / 403 / 409 every review step answers, with the body it takes. */
async function refusals(name: string, body: Record<string, unknown>, conflictCode: string) {
  const w = await submitted(s);
  const target = name === 'forward' ? await adopted(s) : w;
  expect((await act(anonymous, target.id, name, body)).statusCode).toBe(401);
  for (const who of [s.cppccB, s.leaderB, s.member, s.memberB, s.admin])
    expect((await act(who.agent, target.id, name, body)).statusCode, `${name} ${who.username}`).toBe(404);
  expect((await act(s.cppcc.agent, NO_SUCH, name, body)).statusCode).toBe(404);
  expect((await act(s.cppcc.agent, 'x', name, body)).statusCode).toBe(400);
  for (const who of [s.leader, s.liaison, s.author])
    expect((await act(who.agent, target.id, name, body)).statusCode, `${name} ${who.username}`).toBe(403);
  const d = await draft(s.author.agent);
  expect((await act(s.cppcc.agent, d.id, name, body)).statusCode).toBe(404); // a draft is its author's alone
  const done = name === 'forward' ? await returned(s) : await forwarded(s);
  const res = await act(s.cppcc.agent, done.id, name, body);
  expect(res.statusCode, res.body).toBe(409);
  expect(codeOf(res.body)).toBe(conflictCode);
}

describe('POST /api/writings/:id/edit', () => {
  it('edits the text in review; the steps keep it before and after with the note, the author is not asked', async () => {
    const w = await submitted(s);
    const body = `${w.body}\n建议由镇民政办牵头。`;
    const res = await act(s.cppcc.agent, w.id, 'edit', {
      title: ` ${NEW_TITLE} `,
      body,
      note: '调整标题，补充牵头单位',
    });
    expect(res.statusCode, res.body).toBe(200);
    const e = json<WritingDetail>(res);
    expect(e).toMatchObject({ title: NEW_TITLE, body, status: 'submitted' });
    expect(e.steps.at(-1)).toMatchObject({
      kind: 'edited',
      actor: { id: s.cppcc.id },
      title: { before: w.title, after: NEW_TITLE },
      body: { before: w.body, after: body },
      note: '调整标题，补充牵头单位',
    });
    // the author sees the version note too
    expect(json<WritingDetail>(await s.author.agent.get(`/api/writings/${w.id}`)).steps.at(-1)?.kind).toBe('edited');
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const log = json<Wire<typeof AuditListResponse>>(await admin.agent.get(`/api/audit?entityId=${w.id}&pageSize=50`));
    const edit = log.items.find((i) => i.action === 'writing.edit');
    expect(edit?.before).toEqual({ title: w.title, body: w.body });
  });

  it('edits only what changed (the title alone), writes nothing when nothing did, edits an adopted one', async () => {
    const w = await adopted(s);
    const once = await step(s.cppcc.agent, w.id, 'edit', { title: NEW_TITLE, body: w.body });
    expect(once.steps.at(-1)).toMatchObject({ kind: 'edited', title: { after: NEW_TITLE }, body: null, note: null });
    const again = await step(s.cppcc.agent, w.id, 'edit', { title: NEW_TITLE });
    expect(again.steps.filter((x) => x.kind === 'edited')).toHaveLength(1);
    expect(again.status).toBe('adopted');
  });

  it('answers 401, 404, 403, 409 once forwarded or before submitted', async () => {
    await refusals('edit', { title: NEW_TITLE }, 'writing_edit_closed');
    const back = await returned(s);
    expect(codeOf((await act(s.cppcc.agent, back.id, 'edit', { title: NEW_TITLE })).body)).toBe('writing_edit_closed');
  });

  it('answers 400 by field: at least a title or a text, each within its bounds', async () => {
    const w = await submitted(s);
    const none = await act(s.cppcc.agent, w.id, 'edit', { note: '只有说明' });
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none.body)).toEqual(['title']);
    const bad = await act(s.cppcc.agent, w.id, 'edit', { title: '短', body: '短', note: '长'.repeat(501) });
    expect(fieldsOf(bad.body)).toEqual(['body', 'note', 'title']);
  });
});

describe('POST /api/writings/:id/return', () => {
  it('returns it with the reason; the author is told and may revise and resubmit', async () => {
    const w = await submitted(s);
    const r = await step(s.cppcc.agent, w.id, 'return', { reason: ' 请补充留守老人数量 ' });
    expect(r).toMatchObject({ status: 'returned', reviewNote: '请补充留守老人数量', reviewedBy: { id: s.cppcc.id } });
    expect(r.steps.at(-1)).toMatchObject({ kind: 'returned', reason: '请补充留守老人数量' });
    expect(await noticesAbout(t, s.author.id, w.id)).toMatchObject([
      { kind: 'writing_returned', params: { code: w.code, note: '请补充留守老人数量' } },
    ]);
    const mine = json<WritingDetail>(await s.author.agent.get(`/api/writings/${w.id}`));
    expect(mine.abilities).toMatchObject({ revise: true, submit: true });
    const again = await step(s.author.agent, w.id, 'submit');
    expect(again.reviewNote).toBeNull(); // the reason is shown while it stands
  });

  it('answers 401, 404, 403, 409 unless awaiting review, 400 without a reason', async () => {
    await refusals('return', { reason: '请补充' }, 'writing_not_pending');
    const w = await submitted(s);
    for (const reason of [undefined, ' ', '长'.repeat(2001)]) {
      const res = await act(s.cppcc.agent, w.id, 'return', { reason });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['reason']);
    }
  });
});

describe('POST /api/writings/:id/adopt', () => {
  it('adopts it: the date kept, the author told; the office may now forward it', async () => {
    const w = await submitted(s);
    const a = await step(s.cppcc.agent, w.id, 'adopt');
    expect(a).toMatchObject({ status: 'adopted', reviewedBy: { id: s.cppcc.id }, abilities: { forward: true } });
    expect(a.adoptedAt).not.toBeNull();
    expect(await noticesAbout(t, s.author.id, w.id)).toMatchObject([
      { kind: 'writing_adopted', params: { code: w.code, title: w.title } },
    ]);
    const [row] = await t.db.select().from(memberWritings).where(eq(memberWritings.id, w.id));
    expect(row).toMatchObject({ status: 'adopted', reviewedById: s.cppcc.id });
  });

  it('answers 401, 404, 403, 409 unless awaiting review', async () => {
    await refusals('adopt', {}, 'writing_not_pending');
  });
});

describe('POST /api/writings/:id/decline', () => {
  it('marks it not adopted with the reason, the author told why; nothing more may be done to it', async () => {
    const w = await submitted(s);
    const d = await step(s.cppcc.agent, w.id, 'decline', { reason: '与已采用的信息重复' });
    expect(d).toMatchObject({ status: 'not_adopted', reviewNote: '与已采用的信息重复' });
    expect(await noticesAbout(t, s.author.id, w.id)).toEqual([
      {
        kind: 'writing_declined',
        entityType: 'writing',
        params: { code: w.code, title: w.title, actor: `cppcc ${s.cppcc.username}`, note: '与已采用的信息重复' },
      },
    ]);
    expect((await noticesAbout(t, s.cppcc.id, w.id)).map((n) => n.kind)).toEqual(['writing_submitted']); // not told of its own step
    expect(Object.values(d.abilities).some(Boolean)).toBe(false);
    expect(json<WritingDetail>(await s.author.agent.get(`/api/writings/${w.id}`)).abilities).toMatchObject({
      revise: false,
      submit: false,
    });
  });

  it('answers 401, 404, 403, 409 unless awaiting review, 400 without a reason', async () => {
    await refusals('decline', { reason: '重复' }, 'writing_not_pending');
    const w = await submitted(s);
    expect(fieldsOf((await act(s.cppcc.agent, w.id, 'decline', {})).body)).toEqual(['reason']);
  });
});

describe('GET /api/writings/:id/recipient-candidates', () => {
  const candidates = (by: Agent, id: string, q = '') =>
    by.get(`/api/writings/${id}/recipient-candidates${q ? `?q=${encodeURIComponent(q)}` : ''}`);

  it('offers leaders and departments at its place or above, not yet sent it, by name', async () => {
    const w = await adopted(s);
    const ids = json<WritingCandidates>(await candidates(s.cppcc.agent, w.id)).items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([s.leader.id, s.department.id]));
    for (const elsewhere of [s.leaderB.id, s.departmentB.id, s.cppcc.id, s.liaison.id])
      expect(ids).not.toContain(elsewhere);
    const found = json<WritingCandidates>(await candidates(s.cppcc.agent, w.id, s.department.username));
    expect(found.items).toMatchObject([{ id: s.department.id, roles: [{ role: 'department' }] }]);
    await step(s.cppcc.agent, w.id, 'forward', { accountIds: [s.leader.id] });
    const after = json<WritingCandidates>(await candidates(s.cppcc.agent, w.id)).items.map((c) => c.id);
    expect(after).not.toContain(s.leader.id);
  });

  it('answers 401, 404, 403 to readers, 400 on a long search', async () => {
    const w = await adopted(s);
    expect((await candidates(anonymous, w.id)).statusCode).toBe(401);
    expect((await candidates(s.cppccB.agent, w.id)).statusCode).toBe(404);
    for (const who of [s.leader, s.liaison, s.author]) expect((await candidates(who.agent, w.id)).statusCode).toBe(403);
    const long = await candidates(s.cppcc.agent, w.id, '长'.repeat(61));
    expect(long.statusCode).toBe(400);
    expect(fieldsOf(long.body)).toEqual(['q']);
  });
});

describe('POST /api/writings/:id/forward', () => {
  it('forwards an adopted one: the recipients read it, they and the author are told; more may follow later', async () => {
    const source = await submissionAt(s.liaison.agent, s.tree.villageA);
    const w = await adopted(s, { submissionIds: [source.id] });
    expect((await s.department.agent.get(`/api/writings/${w.id}`)).statusCode).toBe(404);
    const f = await step(s.cppcc.agent, w.id, 'forward', { accountIds: [s.leader.id, s.leader.id] });
    expect(f).toMatchObject({ status: 'forwarded', recipients: [{ id: s.leader.id, roles: [{ role: 'leader' }] }] });
    expect(f.forwardedAt).not.toBeNull();
    expect(f.steps.at(-1)).toMatchObject({ kind: 'forwarded', recipients: [{ id: s.leader.id }] });
    const told = {
      kind: 'writing_forwarded',
      params: { code: w.code, title: w.title, actor: `cppcc ${s.cppcc.username}` },
    };
    expect(await noticesAbout(t, s.leader.id, w.id)).toMatchObject([told]);
    expect(await noticesAbout(t, s.author.id, w.id)).toMatchObject([{ kind: 'writing_adopted' }, told]);

    const more = await step(s.cppcc.agent, w.id, 'forward', { accountIds: [s.department.id] });
    expect(more.recipients.map((r) => r.id)).toEqual([s.leader.id, s.department.id]);
    expect(more.forwardedAt).toBe(f.forwardedAt);
    expect(await noticesAbout(t, s.department.id, w.id)).toMatchObject([told]);
    expect(await noticesAbout(t, s.leader.id, w.id)).toHaveLength(1); // told once, when it reached them
    expect(await noticesAbout(t, s.author.id, w.id)).toMatchObject([{ kind: 'writing_adopted' }, told, told]);
    const theirs = json<WritingDetail>(await s.department.agent.get(`/api/writings/${w.id}`));
    expect(theirs).toMatchObject({ id: w.id, submissionCount: 1, submissions: [] }); // not theirs to read
    expect(Object.values(theirs.abilities).some(Boolean)).toBe(false);
    // the office sees the count, not the submission (today's submissions policy gives it no reach)
    expect(json<WritingDetail>(await s.cppcc.agent.get(`/api/writings/${w.id}`)).submissionCount).toBe(1);
  });

  it('answers 401, 404, 403, 409 unless adopted', async () => {
    await refusals('forward', { accountIds: [s.leader.id] }, 'writing_not_adopted');
  });

  it('answers 400 on no one, someone not serving its place, or one already sent it, and writes nothing', async () => {
    const w = await forwarded(s);
    for (const accountIds of [
      [],
      [s.leaderB.id],
      [s.departmentB.id],
      [s.liaison.id],
      [s.leader.id],
      [NO_SUCH],
      ['x'],
    ]) {
      const res = await act(s.cppcc.agent, w.id, 'forward', { accountIds });
      expect(res.statusCode, JSON.stringify(accountIds)).toBe(400);
      expect(fieldsOf(res.body)[0]).toMatch(/^accountIds/);
    }
    const [row] = await t.db.select().from(memberWritings).where(eq(memberWritings.id, w.id));
    expect(row?.forwardedToIds).toEqual([s.leader.id]);
  });
});
