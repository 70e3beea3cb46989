// 0012 on a database as 0011 left it: who was called to a whistle and invited to a training come
// from their notices, drafts lose their stand-in codes, a review's notices gain their verdict.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rowsOf } from '../backup/catalog';
import { applyMigrations, knownMigrations } from '../backup/schema-reset';
import { type Database, openDatabase } from '.';

let database: Database;
let drop = async () => {};

/** A database of its own: in-memory PGlite, or a new database beside the run's PostgreSQL one. */
async function freshDatabase() {
  const url = inject('testDatabaseUrl');
  if (!url) return openDatabase({});
  const name = `shangliang_m12_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  drop = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return openDatabase({ databaseUrl: own.toString() });
}

const ids = {
  place: '00000000-0000-4000-8000-000000000001',
  caller: '00000000-0000-4000-8000-000000000011',
  member1: '00000000-0000-4000-8000-000000000012',
  member2: '00000000-0000-4000-8000-000000000013',
  whistle: '00000000-0000-4000-8000-000000000021',
  training: '00000000-0000-4000-8000-000000000031',
  gone: '00000000-0000-4000-8000-000000000099', // a record no longer there
  draft: '00000000-0000-4000-8000-000000000041',
  sent: '00000000-0000-4000-8000-000000000042',
  approved: '00000000-0000-4000-8000-000000000051',
  rejected: '00000000-0000-4000-8000-000000000052',
};
const T1 = '2026-05-01T01:00:00Z';
const T2 = '2026-05-02T01:00:00Z';

beforeAll(async () => {
  database = await freshDatabase();
  const migrations = await knownMigrations();
  const at = (tag: string) => migrations.find((m) => m.tag.startsWith(tag))?.when ?? 0;
  await database.db.transaction(async (tx) => {
    await applyMigrations(tx, 0, at('0011'));
    await tx.execute(sql`insert into places (id, path, depth, kind, name, code)
      values (${ids.place}, ${`/${ids.place}/`}, 0, 'district', '迁移区', 'qy')`);
    for (const id of [ids.caller, ids.member1, ids.member2])
      await tx.execute(sql`insert into accounts (id, username, display_name, password_hash, home_place_id)
        values (${id}, ${`u-${id.slice(-2)}`}, ${`人${id.slice(-2)}`}, 'x', ${ids.place})`);
    await tx.execute(sql`insert into whistles (id, code, place_id, raised_by_id, need, location, due_at)
      values (${ids.whistle}, 'CS-2026-0001', ${ids.place}, ${ids.caller}, '求助', '村委会', ${T2})`);
    await tx.execute(sql`insert into trainings (id, place_id, kind, title, venue, starts_at, ends_at, hours_tenths, checkin_token)
      values (${ids.training}, ${ids.place}, 'course', '培训', '会议室', ${T1}, ${T2}, 15, 'tok')`);
    await tx.execute(sql`insert into member_writings (id, code, kind, author_id, place_id, title, body, status)
      values (${ids.draft}, ${`draft:${ids.draft}`}, 'proposal', ${ids.member1}, ${ids.place}, '草稿', '正文', 'draft'),
             (${ids.sent}, 'TA-2026-0001', 'proposal', ${ids.member1}, ${ids.place}, '已提交', '正文', 'submitted')`);
    await tx.execute(sql`insert into duty_manual_entries (id, member_id, year, happened_at, description, evidence, points_tenths, status)
      values (${ids.approved}, ${ids.member1}, 2026, ${T1}, '助学', '照片', 10, 'approved'),
             (${ids.rejected}, ${ids.member2}, 2026, ${T1}, '助学', '照片', 10, 'rejected')`);
    const notice = (account: string, kind: string, type: string, entity: string, at: string, params = '{}') =>
      tx.execute(sql`insert into notifications (account_id, kind, params, entity_type, entity_id, created_at)
        values (${account}, ${kind}, ${params}::jsonb, ${type}, ${entity}, ${at})`);
    await notice(ids.member1, 'whistle_raised', 'whistle', ids.whistle, T1);
    await notice(ids.member2, 'whistle_raised', 'whistle', ids.whistle, T2);
    await notice(ids.member1, 'whistle_answered', 'whistle', ids.whistle, T2); // not a call
    await notice(ids.member2, 'whistle_raised', 'whistle', ids.gone, T1);
    await notice(ids.member1, 'training_scheduled', 'training', ids.training, T1);
    await notice(ids.member1, 'training_scheduled', 'training', ids.training, T2); // told twice, invited once
    await notice(ids.member2, 'training_scheduled', 'training', ids.gone, T1);
    await notice(ids.member1, 'duty_entry_reviewed', 'duty_entry', ids.approved, T2, '{"title":"助学"}');
    await notice(ids.member2, 'duty_entry_reviewed', 'duty_entry', ids.rejected, T2, '{"title":"助学","note":"缺"}');
    await applyMigrations(tx, at('0011'), at('0012'));
  });
}, 120_000);

afterAll(async () => {
  await database?.close();
  await drop();
});

const rows = <T>(query: ReturnType<typeof sql>) => rowsOf<T>(database.db, query);
const iso = (v: unknown) => new Date(v as string).toISOString();

describe('migration 0012 on a database as 0011 left it', () => {
  it('keeps as called those a whistle’s call was filed to, from when they were told', async () => {
    const calls = await rows<{ whistle_id: string; account_id: string; called_at: string }>(
      sql`select whistle_id, account_id, called_at from whistle_calls order by account_id`,
    );
    expect(calls.map((c) => [c.whistle_id, c.account_id, iso(c.called_at)])).toEqual([
      [ids.whistle, ids.member1, new Date(T1).toISOString()],
      [ids.whistle, ids.member2, new Date(T2).toISOString()],
    ]);
  });

  it('keeps as invited those a training’s notice was filed to, once each, from the first time', async () => {
    const invitees = await rows<{ training_id: string; account_id: string; invited_at: string }>(
      sql`select training_id, account_id, invited_at from training_invitees`,
    );
    expect(invitees.map((i) => [i.training_id, i.account_id, iso(i.invited_at)])).toEqual([
      [ids.training, ids.member1, new Date(T1).toISOString()],
    ]);
  });

  it('leaves a draft without a code and a submitted writing with its own', async () => {
    const codes = await rows<{ id: string; code: string | null }>(
      sql`select id, code from member_writings order by id`,
    );
    expect(codes).toEqual([
      { id: ids.draft, code: null },
      { id: ids.sent, code: 'TA-2026-0001' },
    ]);
  });

  it('gives each review’s notice its verdict, keeping its other words', async () => {
    const notices = await rows<{ entity_id: string; params: Record<string, string> }>(
      sql`select entity_id, params from notifications where kind = 'duty_entry_reviewed' order by entity_id`,
    );
    expect(notices).toEqual([
      { entity_id: ids.approved, params: { title: '助学', verdict: 'approved' } },
      { entity_id: ids.rejected, params: { title: '助学', note: '缺', verdict: 'rejected' } },
    ]);
  });

  it('keeps the notices’ kinds and takes the new ones', async () => {
    const kinds = await rows<{ kind: string; n: number }>(
      sql`select kind::text, count(*)::int as n from notifications group by kind order by kind::text collate "C"`,
    );
    expect(kinds).toEqual([
      { kind: 'duty_entry_reviewed', n: 2 },
      { kind: 'training_scheduled', n: 3 },
      { kind: 'whistle_answered', n: 1 },
      { kind: 'whistle_raised', n: 3 },
    ]);
    await database.db.execute(sql`insert into notifications (account_id, kind, entity_type, entity_id)
      values (${ids.member1}, 'writing_forwarded', 'writing', ${ids.sent})`);
  });

  it('holds a proposal handling to exactly one proposal: an outcome or a writing', async () => {
    const handling = (writingId: string | null) =>
      database.db.execute(sql`insert into proposal_handlings (writing_id, unit_id, proposer, year, due_at)
        values (${writingId}, ${ids.caller}, '委员', 2026, ${T2})`);
    await expect(handling(null)).rejects.toThrow();
    await handling(ids.sent);
    await expect(handling(ids.sent)).rejects.toThrow(); // the same unit once
  });
});
