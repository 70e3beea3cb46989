import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { ensureBuiltInProcedures } from '../../modules/procedures';
import { seedDemo } from '../../seed/demo';
import { writeAudit } from '../audit';
import { type Database, openDatabase } from '../db';
import {
  accounts,
  apiKeyRequests,
  apiKeys,
  challenges,
  consultationFiles,
  consultations,
  contactLogs,
  councils,
  dutyManualEntries,
  dutyRuleSets,
  dutyYearClosings,
  evaluations,
  jobRuns,
  memberContacts,
  memberGroupMembers,
  memberGroups,
  memberPlaces,
  memberProfiles,
  memberWritings,
  onlineVoters,
  outcomes,
  places,
  procedures,
  proposalHandlings,
  rateCounts,
  receptionSlots,
  revisitPhotos,
  revisits,
  sessions,
  signInThrottle,
  submissionPhotos,
  submissions,
  taskFiles,
  tasks,
  trainingAttendance,
  trainingFiles,
  trainingInvitees,
  trainings,
  whistleCalls,
  whistleResponses,
  whistles,
} from '../db/schema';
import { appliedMigration, ident, listSequences, listTables, rowsOf } from './catalog';
import { FILE_DIRS } from './manifest';

export type Kind = 'pglite' | 'postgres';

/** The kinds of database this pass can open: PostgreSQL only under TEST_DB=postgres. */
export const kinds = (): Kind[] => (inject('testDatabaseUrl') ? ['pglite', 'postgres'] : ['pglite']);
export const mainKind = (): Kind => (inject('testDatabaseUrl') ? 'postgres' : 'pglite');

/** An empty database (never migrated) of its own: in-memory PGlite, or a new PostgreSQL database dropped after the file. */
export async function emptyDatabase(kind: Kind): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    afterAll(() => database.close());
    return database;
  }
  const runUrl = inject('testDatabaseUrl');
  if (!runUrl) throw new Error('PostgreSQL databases need TEST_DB=postgres');
  const name = `shangliang_backup_${randomBytes(6).toString('hex')}`;
  await onServer(runUrl, `create database ${name}`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  afterAll(async () => {
    await database.close();
    await onServer(runUrl, `drop database if exists ${name} with (force)`);
  });
  return database;
}

async function onServer(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** A migrated database with the demo district, a resident's photo and a consultation file on disk. */
export async function demoDistrict(kind: Kind) {
  const database = await emptyDatabase(kind);
  await database.migrate();
  await ensureBuiltInProcedures(database.db);
  await seedDemo(database.db);
  const dataDir = await mkdtemp(join(tmpdir(), 'shangliang-backup-source-'));
  const [place] = await database.db.select({ id: places.id }).from(places).limit(1);
  const [consultation] = await database.db.select({ id: consultations.id }).from(consultations).limit(1);
  if (!place || !consultation) throw new Error('the demo has places and consultations');
  const photo = randomBytes(3000);
  const photoId = randomUUID();
  await mkdir(join(dataDir, 'uploads', 'photos'), { recursive: true });
  await writeFile(join(dataDir, 'uploads', 'photos', `${photoId}.jpg`), photo);
  await database.db
    .insert(submissionPhotos)
    .values({ id: photoId, placeId: place.id, fileName: `${photoId}.jpg`, bytes: photo.length, width: 40, height: 30 });
  const doc = Buffer.from('%PDF-1.4 会议纪要\n');
  await mkdir(join(dataDir, 'files', 'consultations', consultation.id), { recursive: true });
  await writeFile(join(dataDir, 'files', 'consultations', consultation.id, 'a1b2c3'), doc);
  await database.db.insert(consultationFiles).values({
    consultationId: consultation.id,
    fileName: '纪要.pdf',
    storedName: 'a1b2c3',
    mimeType: 'application/pdf',
    bytes: doc.length,
  });
  await otherRecords(database, place.id, consultation.id);
  await followThroughRecords(database, dataDir);
  await memberRecords(database, place.id, dataDir);
  return { database, dataDir };
}

/** A row in each members' work table (委员履职), a training's material on disk included. */
async function memberRecords(database: Database, placeId: string, dataDir: string) {
  const db = database.db;
  const [member] = await db.select({ id: accounts.id }).from(accounts).limit(1);
  if (!member) throw new Error('the demo has accounts');
  const day = (d: number) => new Date(Date.UTC(2026, 5, d, 1));
  await db
    .insert(memberProfiles)
    .values({
      accountId: member.id,
      memberNo: 'BK-001',
      sector: 'education',
      party: 'dl',
      termStart: 2022,
      termEnd: 2026,
    })
    .onConflictDoNothing();
  await db.insert(memberPlaces).values({ accountId: member.id, placeId, kind: 'assigned' }).onConflictDoNothing();
  const [group] = await db
    .insert(memberGroups)
    .values({ placeId, kind: 'committee', name: '备份测试专委会' })
    .returning({ id: memberGroups.id });
  if (!group) throw new Error('group inserted');
  await db.insert(memberGroupMembers).values({ groupId: group.id, accountId: member.id, position: 'lead' });
  const [contact] = await db
    .insert(memberContacts)
    .values({ memberId: member.id, placeId, kind: 'household', name: '李大爷家' })
    .returning({ id: memberContacts.id });
  await db.insert(contactLogs).values({
    memberId: member.id,
    contactId: contact?.id,
    placeId,
    kind: 'visit',
    happenedAt: day(2),
    summary: '反映路灯不亮',
  });
  await db
    .insert(receptionSlots)
    .values({ placeId, memberId: member.id, startsAt: day(3), endsAt: day(4), status: 'held', visitors: 3 });
  const [whistle] = await db
    .insert(whistles)
    .values({
      code: 'CS-BK-0001',
      placeId,
      raisedById: member.id,
      need: '需要法律咨询',
      location: '村委会',
      dueAt: day(9),
    })
    .returning({ id: whistles.id });
  if (!whistle) throw new Error('whistle inserted');
  await db.insert(whistleCalls).values({ whistleId: whistle.id, accountId: member.id, calledAt: day(8) });
  await db.insert(whistleResponses).values({ whistleId: whistle.id, responderId: member.id, note: '明天上午到' });
  await db.insert(memberWritings).values({
    kind: 'public_opinion', // a draft: no code yet
    authorId: member.id,
    placeId,
    title: '关于农村养老服务的建议',
    body: '建议增设日间照料中心',
  });
  // a member's own proposal, forwarded and in handling (提案办理 of a writing)
  const [proposal] = await db
    .insert(memberWritings)
    .values({
      code: 'TA-BK-0001',
      kind: 'proposal',
      authorId: member.id,
      placeId,
      title: '关于加强农村饮水安全的提案',
      body: '建议实施农村供水保障工程',
      status: 'forwarded',
      submittedAt: day(1),
      adoptedAt: day(2),
      forwardedAt: day(3),
      forwardedToIds: [member.id],
    })
    .returning({ id: memberWritings.id });
  await db.insert(proposalHandlings).values({
    writingId: proposal?.id,
    unitId: member.id,
    proposer: '备份委员',
    proposerId: member.id,
    year: 2026,
    dueAt: day(30),
  });
  const [training] = await db
    .insert(trainings)
    .values({
      placeId,
      kind: 'course',
      title: '履职能力培训',
      venue: '区政协会议室',
      startsAt: day(5),
      endsAt: day(6),
      hours: 30,
      checkinToken: randomBytes(12).toString('hex'),
    })
    .returning({ id: trainings.id });
  if (!training) throw new Error('training inserted');
  await db.insert(trainingInvitees).values({ trainingId: training.id, accountId: member.id, invitedAt: day(1) });
  await db.insert(trainingAttendance).values({ trainingId: training.id, accountId: member.id, method: 'qr' });
  const material = Buffer.from('%PDF-1.4 培训课件\n');
  await mkdir(join(dataDir, 'files', 'trainings', training.id), { recursive: true });
  await writeFile(join(dataDir, 'files', 'trainings', training.id, 'f7e8d9'), material);
  await db.insert(trainingFiles).values({
    trainingId: training.id,
    fileName: '课件.pdf',
    storedName: 'f7e8d9',
    mimeType: 'application/pdf',
    bytes: material.length,
  });
  const [rules] = await db
    .insert(dutyRuleSets)
    .values({ placeId, year: 2019, version: 1, rules: { points: {} } })
    .returning({ id: dutyRuleSets.id });
  if (!rules) throw new Error('rule set inserted');
  await db.insert(dutyManualEntries).values({
    memberId: member.id,
    year: 2019,
    happenedAt: day(7),
    description: '参加助学活动',
    evidence: '活动照片',
    points: 20,
  });
  await db.insert(dutyYearClosings).values({ placeId, year: 2019, ruleSetId: rules.id, results: [] });
}

/** Rows (and files) of the follow-through tables the demo leaves empty: a task's file, a revisit with its photo, evaluations, a proposal's handling. */
async function followThroughRecords(database: Database, dataDir: string) {
  const db = database.db;
  const [task] = await db
    .select({ id: tasks.id, outcomeId: tasks.outcomeId, ownerId: tasks.ownerId })
    .from(tasks)
    .limit(1);
  const [outcome] = await db.select({ id: outcomes.id }).from(outcomes).limit(1);
  if (!task || !outcome) throw new Error('the demo has outcomes and tasks');
  const report = Buffer.from('%PDF-1.4 进展报告\n');
  await mkdir(join(dataDir, 'files', 'tasks', task.id), { recursive: true });
  await writeFile(join(dataDir, 'files', 'tasks', task.id, 'd4e5f6.pdf'), report);
  await db.insert(taskFiles).values({
    taskId: task.id,
    isPhoto: false,
    fileName: 'd4e5f6.pdf',
    originalName: '进展报告.pdf',
    mimeType: 'application/pdf',
    bytes: report.length,
  });
  const [revisit] = await db
    .insert(revisits)
    .values({ outcomeId: task.outcomeId, visitedAt: new Date(), findings: '路面完好', isProblemBack: false })
    .returning({ id: revisits.id });
  const photo = randomBytes(2000);
  const photoId = randomUUID();
  await mkdir(join(dataDir, 'uploads', 'revisits'), { recursive: true });
  await writeFile(join(dataDir, 'uploads', 'revisits', `${photoId}.jpg`), photo);
  await db.insert(revisitPhotos).values({
    id: photoId,
    revisitId: revisit?.id,
    outcomeId: task.outcomeId,
    fileName: `${photoId}.jpg`,
    bytes: photo.length,
    width: 40,
    height: 30,
  });
  await db.insert(evaluations).values([
    { outcomeId: outcome.id, kind: 'leader', accountId: task.ownerId, score: 4, comment: '成效明显' },
    { outcomeId: outcome.id, kind: 'resident', voterKey: 'rater-1', score: 5 },
  ]);
  await db.insert(proposalHandlings).values({
    outcomeId: outcome.id,
    unitId: task.ownerId,
    proposer: '王委员',
    year: 2026,
    dueAt: new Date(Date.now() + 90 * 86_400_000),
  });
}

/**
 * Rows of the tables the demo leaves empty: a council, an audit event, a session, a throttle count,
 * a rate count, an open challenge, a job's last run, an online voter and a partner's API key with a
 * submission it handed in.
 */
async function otherRecords(database: Database, placeId: string, consultationId: string) {
  const [account] = await database.db.select({ id: accounts.id, username: accounts.username }).from(accounts).limit(1);
  const [procedure] = await database.db.select({ id: procedures.id }).from(procedures).limit(1);
  if (!account || !procedure) throw new Error('the demo has accounts and procedures');
  await database.db
    .insert(councils)
    .values({ placeId, procedureId: procedure.id, meetingRule: 'monthly', monthlyDay: 10 })
    .onConflictDoNothing();
  await writeAudit(
    database.db,
    { actor: { id: account.id, username: account.username, displayName: '管理员' }, ip: '127.0.0.1' },
    { action: 'place.update', entityType: 'place', entityId: placeId, placePath: null, after: { name: '青禾区' } },
  );
  await database.db.insert(sessions).values({
    id: randomBytes(32).toString('hex'),
    accountId: account.id,
    csrfToken: 'csrf',
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await database.db.insert(signInThrottle).values({ key: 'ip:127.0.0.1', failures: 2 });
  const soon = new Date(Date.now() + 600_000);
  await database.db
    .insert(rateCounts)
    .values({ key: 'intake-ip:127.0.0.1', bucketStart: new Date(), count: 3, expiresAt: soon });
  await database.db.insert(challenges).values({ id: 'c1', answerHash: 'hash', expiresAt: soon });
  await database.db.insert(jobRuns).values({ name: 'sweep-sessions', ranAt: new Date() });
  await database.db
    .insert(onlineVoters)
    .values({ consultationId, voterKey: 'voter-1', addressHash: 'addr' })
    .onConflictDoNothing();
  const [key] = await database.db
    .insert(apiKeys)
    .values({ name: '12345热线', placeId, secretHash: 'hash', prefix: 'sl_abcd', createdById: account.id })
    .returning({ id: apiKeys.id });
  const [submission] = await database.db.select({ id: submissions.id }).from(submissions).limit(1);
  if (!key || !submission) throw new Error('the demo has submissions');
  await database.db.insert(apiKeyRequests).values({ submissionId: submission.id, apiKeyId: key.id });
}

/**
 * Every table's rows as JSON (in UTC, by primary key), the sequences, the migration level and any
 * deferrable constraint: two databases with equal snapshots hold the same records.
 */
export async function snapshot(database: Database) {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables: Record<string, string[]> = {};
    for (const t of await listTables(tx)) {
      const order = sql.join(
        t.primaryKey.map((c) => ident(c)),
        sql`, `,
      );
      const rows = await rowsOf<{ j: string }>(
        tx,
        sql`select row_to_json(t)::text as j from ${ident(t.name)} t order by ${order}`,
      );
      tables[t.name] = rows.map((r) => r.j);
    }
    // the restore defers foreign keys while it loads: they must come back as the migrations made them
    const deferrable = await rowsOf<{ name: string }>(
      tx,
      sql`select conname as name from pg_constraint where condeferrable and connamespace = 'public'::regnamespace order by conname`,
    );
    return { tables, sequences: await listSequences(tx), migration: await appliedMigration(tx), deferrable };
  });
}

/** The upload folders' files and their bytes, by path. */
export async function uploadedFiles(dataDir: string) {
  const files: Record<string, string> = {};
  for (const dir of FILE_DIRS) {
    const entries = await readdir(join(dataDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isFile()) continue;
      const path = join(e.parentPath, e.name);
      files[path.slice(dataDir.length)] = (await readFile(path)).toString('base64');
    }
  }
  return files;
}
