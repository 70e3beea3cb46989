// A tally kept under the duty tally's data version (migration 0021) answers what counting afresh
// answers after every kind of write a tally reads: each write moves the version, so the kept row
// is asked again, and writes a tally does not read leave it alone.
import { and, eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  consultations,
  dutyTallyCache,
  grants,
  submissions,
  trainings,
  whistles,
} from '../../platform/db/schema';
import { startTestApp, type TestApp } from '../../testing/harness';
import { yearLines } from './ledger-sql';
import { DEFAULT_DUTY_RULES } from './scoring';
import { tallyUnder } from './tally-sql';
import {
  at,
  type DutyScene,
  dutyScene,
  insertConsultation,
  insertContactLog,
  insertManualEntry,
  insertMember,
  insertParticipant,
  insertReception,
  insertSubmission,
  insertTopic,
  insertTraining,
  insertWhistle,
  insertWhistleResponse,
  insertWriting,
} from './testing';

const YEAR = 2025;
let t: TestApp;
let s: DutyScene;
let member: string;

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  member = await insertMember(t.db, s.tree.villageA, { name: '缓存委员' });
});

// the scene's district, by home place: what the dashboard asks (grouped by child) in miniature
const tally = () => tallyUnder(t.db, [s.tree.district.path], YEAR, (path) => sql`${path}`);
const sorted = (rows: Awaited<ReturnType<typeof tally>>) =>
  [...rows].sort((a, b) => `${a.key}${a.grade}`.localeCompare(`${b.key}${b.grade}`));
const version = async () =>
  Number((await t.db.execute<{ n: string }>(sql`select n::text as n from duty_tally_version where id = 1`)).rows[0]?.n);
/** Counted with nothing kept. */
async function counted() {
  await t.db.delete(dutyTallyCache);
  return sorted(await tally());
}
/** The member's points (tenths) in the tally, or undefined when they are not counted. */
const pointsOf = (rows: Awaited<ReturnType<typeof tally>>, path: string) =>
  rows.filter((r) => r.key === path).reduce((a, r) => a + r.tenths, 0);

describe('the duty tally kept under its data version', () => {
  it('is kept after counting and answered from the kept row while nothing is written', async () => {
    const first = sorted(await tally());
    // in one snapshot, so other test files writing on a shared PostgreSQL cannot move the version
    await t.db
      .transaction(
        async (tx) => {
          const v = await tx.execute<{ n: string }>(sql`select n::text as n from duty_tally_version where id = 1`);
          const kept = await tx.execute(sql`select 1 from duty_tally_cache where version = ${v.rows[0]?.n}::bigint`);
          if (kept.rows.length === 0) {
            // a write elsewhere came between: count again inside this snapshot, which keeps it
            await tallyUnder(tx, [s.tree.district.path], YEAR, (path) => sql`${path}`);
          }
          // mark the kept rows: the next answer comes from them, not from counting
          await tx.execute(sql`update duty_tally_cache set rows = '[]'::jsonb where version = ${v.rows[0]?.n}::bigint`);
          expect(await tallyUnder(tx, [s.tree.district.path], YEAR, (path) => sql`${path}`)).toEqual([]);
          tx.rollback();
        },
        { isolationLevel: 'repeatable read' },
      )
      .catch((err: Error) => {
        if (!/rollback/i.test(err.message)) throw err;
      });
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(await counted());
  });

  const writes: [string, () => Promise<unknown>][] = [
    [
      'a reception day held',
      () => insertReception(t.db, { memberId: member, placeId: s.tree.villageA.id, startsAt: at(YEAR, 3, 1) }),
    ],
    [
      'a consultation attended, with an opinion',
      async () => {
        const c = await insertConsultation(t.db, { placeId: s.tree.villageA.id, startsAt: at(YEAR, 4, 1) });
        await insertParticipant(t.db, {
          consultationId: c.id,
          accountId: member,
          attendedAt: at(YEAR, 4, 1),
          opinions: 1,
        });
        return c;
      },
    ],
    [
      'that consultation cancelled',
      () =>
        t.db.update(consultations).set({ status: 'cancelled' }).where(eq(consultations.placeId, s.tree.villageA.id)),
    ],
    [
      'a contact logged',
      () => insertContactLog(t.db, { memberId: member, placeId: s.tree.villageA.id, happenedAt: at(YEAR, 5, 1) }),
    ],
    [
      'a manual entry approved',
      () => insertManualEntry(t.db, { memberId: member, happenedAt: at(YEAR, 6, 1), year: YEAR, points: 4 }),
    ],
    [
      'a training attended',
      () => insertTraining(t.db, { placeId: s.tree.townA.id, startsAt: at(YEAR, 5, 2), hours: 3, attendees: [member] }),
    ],
    [
      'the training archived',
      () => t.db.update(trainings).set({ archivedAt: new Date() }).where(eq(trainings.placeId, s.tree.townA.id)),
    ],
    [
      'a topic recommended',
      () => insertTopic(t.db, { placeId: s.tree.villageA.id, proposedById: member, createdAt: at(YEAR, 7, 1) }),
    ],
    [
      'a resident’s problem taken down at a reception day',
      () => insertSubmission(t.db, { placeId: s.tree.villageA.id, createdById: member, createdAt: at(YEAR, 7, 2) }),
    ],
    [
      'a whistle answered',
      async () => {
        const w = await insertWhistle(t.db, { placeId: s.tree.villageA.id, raisedById: s.liaison.id });
        await insertWhistleResponse(t.db, { whistleId: w.id, responderId: member, answeredAt: at(YEAR, 8, 1) });
        return w;
      },
    ],
    [
      'the whistle withdrawn',
      () => t.db.update(whistles).set({ status: 'withdrawn' }).where(eq(whistles.placeId, s.tree.villageA.id)),
    ],
    [
      '社情民意 submitted and adopted',
      () =>
        insertWriting(t.db, {
          authorId: member,
          placeId: s.tree.villageA.id,
          status: 'adopted',
          submittedAt: at(YEAR, 8, 2),
          adoptedAt: at(YEAR, 9, 1),
        }),
    ],
    [
      'the township’s own rules saved',
      async () => {
        const rules = {
          ...DEFAULT_DUTY_RULES,
          kinds: { ...DEFAULT_DUTY_RULES.kinds, reception_held: { points: 17, cap: null } },
        };
        const res = await s.cppcc.agent.request('PUT', '/api/duty/rules', {
          placeId: s.tree.townA.id,
          year: YEAR,
          rules,
        });
        expect(res.statusCode, res.body).toBe(200);
      },
    ],
    [
      'the member moved home to township B',
      () => t.db.update(accounts).set({ homePlaceId: s.tree.townB.id }).where(eq(accounts.id, member)),
    ],
    [
      'the member grant taken away',
      () => t.db.delete(grants).where(and(eq(grants.accountId, member), eq(grants.role, 'member'))),
    ],
  ];

  it.each(writes)('after %s: kept == counted afresh, and the version moved', async (_what, write) => {
    const before = sorted(await tally()); // counted and kept (or answered from the kept row)
    const v = await version();
    await write();
    expect(await version()).toBeGreaterThan(v);
    const kept = sorted(await tally());
    expect(kept).toEqual(await counted());
    expect(kept).not.toEqual(before);
  });

  it('a disabled member leaves the tally the moment the account is disabled', async () => {
    const other = await insertMember(t.db, s.tree.villageA, { name: '停用委员' });
    await insertReception(t.db, { memberId: other, placeId: s.tree.villageA.id, startsAt: at(YEAR, 3, 5) });
    const with_ = await tally();
    expect(pointsOf(with_, s.tree.villageA.path)).toBeGreaterThan(0);
    await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, other));
    const without = await tally();
    expect(pointsOf(without, s.tree.villageA.path)).toBeLessThan(pointsOf(with_, s.tree.villageA.path));
    expect(sorted(without)).toEqual(await counted());
  });

  it('a year closed, then reopened, shows in the kept tally as counting shows it', async () => {
    const res = await s.cppccB.agent.post('/api/duty/closings', { placeId: s.tree.townB.id, year: YEAR });
    expect(res.statusCode, res.body).toBe(201);
    // recorded after the closing: the snapshot keeps township B's year as it stood
    await insertReception(t.db, { memberId: s.memberB.id, placeId: s.tree.townB.id, startsAt: at(YEAR, 11, 1) });
    const frozen = sorted(await tally());
    expect(frozen).toEqual(await counted());
    // the closing set aside (only the closings table changes): the live year counts again
    await t.db.execute(sql`update duty_year_closings set is_current = false where place_id = ${s.tree.townB.id}`);
    const live = sorted(await tally());
    expect(live).toEqual(await counted());
    expect(live).not.toEqual(frozen);
  });

  const edits: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    [
      'a consultation concluded with an invitee who never came (absent)',
      () =>
        insertConsultation(t.db, { placeId: s.tree.villageA.id, startsAt: at(YEAR, 10, 1), status: 'scheduled' }).then(
          (c) => insertParticipant(t.db, { consultationId: c.id, accountId: s.villageMember }).then(() => c),
        ),
      () =>
        t.db.execute(
          sql`update consultations set status = 'concluded' where place_id = ${s.tree.villageA.id} and status = 'scheduled'`,
        ),
    ],
    [
      'a recommended topic withdrawn',
      () =>
        insertTopic(t.db, { placeId: s.tree.villageA.id, proposedById: s.villageMember, createdAt: at(YEAR, 10, 2) }),
      () => t.db.execute(sql`update topics set status = 'withdrawn' where proposed_by_id = ${s.villageMember}`),
    ],
    [
      'a member’s entered submission moved to the resident’s own channel',
      () =>
        insertSubmission(t.db, {
          placeId: s.tree.villageA.id,
          createdById: s.villageMember,
          createdAt: at(YEAR, 10, 3),
        }),
      () => t.db.execute(sql`update submissions set channel = 'qr' where created_by_id = ${s.villageMember}`),
    ],
    [
      'a manual entry turned back (rejected)',
      () => insertManualEntry(t.db, { memberId: s.villageMember, happenedAt: at(YEAR, 10, 4), year: YEAR, points: 2 }),
      () => t.db.execute(sql`update duty_manual_entries set status = 'rejected' where member_id = ${s.villageMember}`),
    ],
  ];

  it.each(edits)('after %s: kept == counted afresh', async (_what, make, edit) => {
    await make();
    const before = sorted(await tally());
    await edit();
    const kept = sorted(await tally());
    expect(kept).toEqual(await counted());
    expect(kept).not.toEqual(before);
  });

  it('a resident’s own QR submission, which no tally reads, leaves the version alone; a member’s line moves it', async () => {
    // the deferred bump fired at once inside a transaction that is then undone: its flag tells
    const bumpedBy = async (write: (tx: Parameters<Parameters<typeof t.db.transaction>[0]>[0]) => Promise<unknown>) => {
      let flag: string | undefined;
      await t.db
        .transaction(async (tx) => {
          await write(tx);
          await tx.execute(sql`set constraints all immediate`);
          const r = await tx.execute<{ f: string | null }>(
            sql`select current_setting('shangliang.duty_tally_bumped', true) as f`,
          );
          flag = r.rows[0]?.f ?? '';
          tx.rollback();
        })
        .catch((err: Error) => {
          if (!/rollback/i.test(err.message)) throw err;
        });
      return flag === 'y';
    };
    const qr = () =>
      bumpedBy((tx) =>
        tx.insert(submissions).values({
          trackingCode: `Q${Date.now()}`,
          placeId: s.tree.villageA.id,
          scannedPlaceId: s.tree.villageA.id,
          channel: 'qr',
          content: '路灯坏了，晚上看不见路',
          searchText: '路灯坏了',
          searchGrams: ['路灯'],
        }),
      );
    expect(await qr()).toBe(false);
    const reception = () =>
      bumpedBy((tx) =>
        insertReception(tx as unknown as TestApp['db'], {
          memberId: s.villageMember,
          placeId: s.tree.villageA.id,
          startsAt: at(YEAR, 3, 7),
        }),
      );
    expect(await reception()).toBe(true);
  });

  it('every table a ledger line, a member or a rule is read from has a trigger that moves the version', async () => {
    // a new kind of line reading a new table must add its trigger to migration 0021's list
    const text = new PgDialect().sqlToQuery(yearLines(YEAR)).sql;
    const read = new Set([...text.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?/gi)].map((m) => m[1] as string));
    read.delete('m'); // the members' CTE
    read.delete('member_contacts'); // a contact's name, the line's label only
    for (const t of ['accounts', 'grants', 'places', 'duty_rule_sets', 'duty_year_closings']) read.add(t); // members, rules
    const { rows } = await t.db.execute<{ name: string }>(
      sql`select distinct c.relname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid where g.tgname like 'duty_tally_%' and not g.tgname like '%_truncate'`,
    );
    const watched = new Set(rows.map((r) => r.name));
    expect(read.size).toBeGreaterThan(15);
    expect([...read].filter((table) => !watched.has(table))).toEqual([]);
  });
});
