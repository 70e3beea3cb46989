import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { WorkbenchRole, Workbench as WorkbenchSchema } from '../../../shared/api/workbench';
import { participants } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { draft, outcomeScene, raise } from '../outcomes/testing';

type Workbench = Wire<typeof WorkbenchSchema>;
type Scene = Awaited<ReturnType<typeof outcomeScene>>;

let t: TestApp;
let s: Scene;
let cppcc: Awaited<ReturnType<typeof buildAccount>>;

const DAY = 86_400_000;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
/** A whole day of the URL as the page sends it from a browser in the deployment's zone (Beijing). */
const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

const totalOf = async (agent: Agent, url: string) => {
  const res = await agent.get(url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return json<{ total: number }>(res).total;
};

/**
 * What the list behind a workbench link shows: the link is parsed as the page parses its URL, and
 * the page's list API is called with what the page sends for it.
 */
async function listedBehind(agent: Agent, link: string, key: string): Promise<number> {
  const url = new URL(link, 'http://console');
  const q = Object.fromEntries(url.searchParams);
  const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();
  switch (url.pathname) {
    case '/submissions':
    case '/outcomes':
      return totalOf(agent, `/api${url.pathname}?${qs(q)}`);
    case '/supervision':
      // the board lists the tasks of its view; the revisits due sit beneath it, in the same region
      return key === 'revisitsDue'
        ? totalOf(agent, `/api/revisits/due?${qs({ placeId: q.placeId ?? '' })}`)
        : totalOf(agent, `/api/tasks?${qs(q)}`);
    case '/tasks': // 我的任务: the page adds mine=true
      return totalOf(agent, `/api/tasks?${qs({ ...q, mine: 'true' })}`);
    case '/whistles':
      expect(q.view).toBe('to-answer');
      return totalOf(agent, '/api/whistles?toAnswer=true');
    case '/contacts':
      return totalOf(agent, `/api/contacts?${qs(q)}`);
    case '/members/coverage':
      return totalOf(agent, `/api/member-groups/coverage?${qs(q)}`);
    case '/consultations': {
      if (q.tab === 'mine') {
        // 我的邀请: the upcoming ones (from a day ago, not cancelled) come first
        const res = await agent.get('/api/my/invitations');
        const since = Date.now() - DAY;
        const { items } = json<{ items: { startsAt: string; status: string }[] }>(res);
        return items.filter((c) => Date.parse(c.startsAt) >= since && c.status !== 'cancelled').length;
      }
      const from = dayStart(q.from ?? '');
      const to = dayStart(nextDay(q.to ?? ''));
      return totalOf(agent, `/api/consultations?${qs({ from, to })}`);
    }
    case '/plan': {
      const res = await agent.get(`/api/plans/${q.district}/${q.year}`);
      expect(res.statusCode, res.body).toBe(200);
      return json<{ counts: Record<string, number> }>(res).counts.proposed ?? -1;
    }
    default:
      throw new Error(`no list for ${link}`);
  }
}

const workbenchOf = async (agent: Agent) => {
  const res = await agent.get('/api/workbench');
  expect(res.statusCode, res.body).toBe(200);
  return json<Workbench>(res);
};

const countOf = (w: Workbench, key: string) => w.groups.flatMap((g) => g.items).find((i) => i.key === key)?.count;

/** Each count on the workbench equals the total of the list its link opens. */
async function expectCountsTraceable(agent: Agent, roles: WorkbenchRole[]) {
  const w = await workbenchOf(agent);
  expect(w.groups.map((g) => g.role)).toEqual(roles);
  for (const item of w.groups.flatMap((g) => g.items)) {
    expect(item.count, `${item.key} → ${item.link}`).toBe(await listedBehind(agent, item.link, item.key));
  }
  return w;
}

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  cppcc = await buildAccount(t.app, t.db, { role: 'cppcc', place: s.tree.district });
  // two waiting in township A, one in township B
  await raise(t, s.tree.villageA);
  await raise(t, s.tree.townA);
  await raise(t, s.tree.villageB);
  // in township A, one solved without a word to the resident (a reply due) and one solved with its answer
  const bare = await raise(t, s.tree.villageA);
  const answered = await raise(t, s.tree.villageA);
  for (const [id, body] of [
    [bare.id, { action: 'solve' }],
    [answered.id, { action: 'solve', note: '已协调物业增设车位' }],
  ] as const) {
    const res = await s.liaison.agent.post(`/api/submissions/${id}/actions`, body);
    expect(res.statusCode, res.body).toBe(200);
  }
  // an outcome sent to the district's leader
  const o = await draft(
    s.liaison.agent,
    s.held.consultationId,
    s.consensus.map((c) => c.id),
  );
  const sent = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id] });
  expect(sent.statusCode, sent.body).toBe(200);
  // the member is invited to a consultation tomorrow
  const next = await buildConsultation(t.db, { place: s.tree.townA, startsAt: new Date(Date.now() + DAY) });
  await t.db
    .insert(participants)
    .values({ consultationId: next.consultationId, accountId: s.member.id, name: '委员', kind: 'member' });
});

describe('GET /api/workbench', () => {
  it('asks for a session (401)', async () => {
    expect((await new Agent(t.app).get('/api/workbench')).statusCode).toBe(401);
  });

  it('an administrator alone has nothing waiting here: no group, no activity', async () => {
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const w = await workbenchOf(admin.agent);
    expect(w.groups).toEqual([]);
    expect(w.activity).toEqual([]);
  });

  it('liaison: each count is the total of its list; another township’s items are not counted', async () => {
    const w = await expectCountsTraceable(s.liaison.agent, ['liaison']);
    expect(w.groups[0]?.items.map((i) => i.key)).toEqual([
      'toSort',
      'overdue',
      'repliesDue',
      'tasksToAccept',
      'revisitsDue',
    ]);
    expect(countOf(w, 'toSort')).toBe(2);
    expect(w.groups[0]?.items[0]?.link).toBe('/submissions?status=received');
    expect(countOf(w, 'repliesDue')).toBe(1);
    expect(w.groups[0]?.items[2]?.link).toBe('/submissions?replyDue=true');
    const b = await expectCountsTraceable(s.liaisonB.agent, ['liaison']);
    expect(countOf(b, 'toSort')).toBe(1);
    expect(countOf(b, 'repliesDue')).toBe(0);
  });

  it('member: invitations, whistles and contacts due, each traceable', async () => {
    const w = await expectCountsTraceable(s.member.agent, ['member']);
    expect(w.groups[0]?.items.map((i) => i.key)).toEqual(['invitations', 'whistles', 'contactsDue']);
    expect(countOf(w, 'invitations')).toBe(1);
  });

  it('leader: the plan to approve, outcomes to answer and the tasks to press, each traceable', async () => {
    const w = await expectCountsTraceable(s.leader.agent, ['leader']);
    expect(w.groups[0]?.items.map((i) => i.key)).toEqual([
      'plansToApprove',
      'outcomesToAnswer',
      'tasksOverdue',
      'tasksEscalated',
    ]);
    expect(countOf(w, 'outcomesToAnswer')).toBe(1);
    expect(w.groups[0]?.items[0]?.params).toMatchObject({ district: s.tree.district.name });
  });

  it('department: items sent to it and its tasks, each traceable', async () => {
    const w = await expectCountsTraceable(s.department.agent, ['department']);
    expect(w.groups[0]?.items.map((i) => i.key)).toEqual(['departmentItems', 'departmentTasks']);
    expect(w.activity).toEqual([]); // a department reads no region's activity
  });

  it('CPPCC office: the plan, this week’s consultations, places lacking members, each traceable', async () => {
    const w = await expectCountsTraceable(cppcc.agent, ['cppcc']);
    expect(w.groups[0]?.items.map((i) => i.key)).toEqual([
      'planProposed',
      'consultationsThisWeek',
      'placesLackingMembers',
    ]);
    expect(countOf(w, 'placesLackingMembers')).toBeGreaterThanOrEqual(2); // neither village has a member
    // the card says the rule it counts by (每个村（社区）安排2-3名委员), and its link carries it
    const lacking = w.groups[0]?.items.find((i) => i.key === 'placesLackingMembers');
    expect(lacking?.params).toEqual({ min: 2 });
    expect(lacking?.link).toContain('min=2');
  });

  it('recent activity: the region’s steps as kinds with links, not another region’s', async () => {
    const a = await workbenchOf(s.liaison.agent);
    expect(a.activity.map((e) => e.action)).toContain('outcome.send');
    expect(a.activity.find((e) => e.action === 'outcome.send')?.link).toMatch(/^\/outcomes\/[0-9a-f-]{36}$/);
    const b = await workbenchOf(s.liaisonB.agent);
    expect(b.activity.map((e) => e.action)).not.toContain('outcome.send');
  });
});
