// The board's views and flags are said twice — in rules.ts for one task, in views.ts as SQL for
// many — and must agree, at the very edges of "due soon" and "stalled" too.
import { beforeAll, describe, expect, it } from 'vitest';
import { TASK_BOARD_VIEWS, TASK_FLAGS } from '../../../shared/api/tasks';
import { TASK_STATUSES } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { nextCode } from '../../platform/db/codes';
import { tasks } from '../../platform/db/schema';
import { startTestApp, type TestApp } from '../../testing/harness';
import { listVisibleTasks } from './queries';
import { DUE_SOON_DAYS, isClosed, isOpen, STALLED_DAYS, TO_ACCEPT_STATUSES, taskFlag } from './rules';
import { type TaskScene, taskScene } from './testing';

const DAY = 86_400_000;
let t: TestApp;
let s: TaskScene;
let actor: Actor;
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const at = (ms: number) => new Date(NOW.getTime() + ms);
type Row = { id: string; status: (typeof TASK_STATUSES)[number] } & Parameters<typeof taskFlag>[0];
const rows: Row[] = [];

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  actor = {
    id: s.liaison.id,
    username: s.liaison.username,
    displayName: 'liaison',
    homePlacePath: s.tree.townA.path,
    grants: [{ id: 'g', role: 'liaison', placeId: s.tree.townA.id, placePath: s.tree.townA.path, placeName: '' }],
  };
  const dues = [-DAY, -1000, 0, DUE_SOON_DAYS * DAY, DUE_SOON_DAYS * DAY + 1000, 30 * DAY];
  const sinces = [-STALLED_DAYS * DAY, -STALLED_DAYS * DAY + 1000, -DAY];
  let i = 0;
  for (const status of TASK_STATUSES)
    for (const due of dues)
      for (const since of sinces) {
        i++;
        const row = {
          status,
          dueAt: at(due),
          createdAt: at(-40 * DAY),
          lastProgressAt: i % 4 === 0 ? null : at(since),
          awaitsAnswer: i % 3 === 0,
          escalatedToId: i % 5 === 0 ? s.leader.id : null,
        };
        // a task never reported on counts from its creation
        if (row.lastProgressAt === null) row.createdAt = at(since);
        const [inserted] = await t.db
          .insert(tasks)
          .values({
            ...row,
            code: await nextCode(t.db, 'RW'),
            outcomeId: s.outcome.id,
            placeId: s.tree.townA.id,
            title: `任务 ${i}`,
            ownerId: s.department.id,
          })
          .returning({ id: tasks.id });
        rows.push({ id: inserted?.id as string, ...row });
      }
});

const list = async (extra: object) =>
  listVisibleTasks(t.db, actor, { page: 1, pageSize: 100, outcomeId: s.outcome.id, mine: false, ...extra }, NOW);
const ids = (items: { id: string }[]) => items.map((r) => r.id).sort();

describe('views.ts agrees with rules.ts', () => {
  it.each(TASK_BOARD_VIEWS)('view %s', async (view) => {
    const expected = rows.filter((r) => {
      if (view === 'open') return isOpen(r.status);
      if (view === 'to_accept') return (TO_ACCEPT_STATUSES as readonly string[]).includes(r.status);
      if (view === 'closed') return isClosed(r.status);
      return taskFlag(r, NOW).reasons.includes(view);
    });
    const got = await list({ view });
    expect(ids(got.rows)).toEqual(ids(expected));
    expect(got.total).toBe(expected.length);
    expect(got.counts.views[view]).toBe(expected.length);
  });

  it.each(TASK_FLAGS)('flag %s', async (flag) => {
    const expected = rows.filter((r) => taskFlag(r, NOW).flag === flag);
    expect(expected.length).toBeGreaterThan(0);
    const got = await list({ flag });
    expect(ids(got.rows)).toEqual(ids(expected));
    expect(got.counts.flags[flag]).toBe(expected.length);
  });
});
