// Notices by email (通知邮件), for people who gave an address: each notice as it comes, or one
// digest a day at 08:00. Periodic jobs whichever instance runs them; a notice is claimed before it
// is sent (FOR UPDATE SKIP LOCKED and a lease), so two instances never mail it twice, and it is
// marked emailed once the server took it. A failed send waits and is tried again, logged each time.
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { EmailNoticeChoice } from '../../../shared/enums';
import type { EntityType } from '../../../shared/notices';
import type { Db } from '../../platform/db';
import { accounts, notifications } from '../../platform/db/schema';
import type { Job } from '../../platform/jobs';
import type { Mail, Mailer } from '../../platform/mail';
import { isGivenUp, isRefusalOfThisMail, lastDigestTime, MAIL_RULES, oldestMailable, retryDelayMs } from './mail-rules';
import { renderDigestMail, renderNoticeMail } from './render-mail';

export type MailDeps = {
  db: Db;
  mailer: Mailer;
  /** the console's address, for the links in a mail (PUBLIC_URL) */
  publicUrl: string;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
};

const claimed = {
  id: notifications.id,
  accountId: notifications.accountId,
  kind: notifications.kind,
  params: notifications.params,
  entityType: sql<EntityType>`${notifications.entityType}`,
  entityId: notifications.entityId,
  createdAt: notifications.createdAt,
  emailAttempts: notifications.emailAttempts,
  email: sql<string>`${accounts.email}`,
  locale: accounts.locale,
  displayName: accounts.displayName,
};

/**
 * Claims the notices due to be mailed to the people who chose `choice` (filed before `before`, for
 * the digest): not yet emailed, not waiting for a retry, no older than the mailable age nor than
 * the person's start of mail. The claim holds for a lease; another instance skips them meanwhile.
 */
async function claim(db: Db, choice: EmailNoticeChoice, now: Date, limit: number, before?: Date) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select(claimed)
      .from(notifications)
      .innerJoin(accounts, eq(accounts.id, notifications.accountId))
      .where(
        and(
          eq(accounts.emailNotices, choice),
          isNotNull(accounts.email),
          eq(accounts.isDisabled, false),
          isNull(notifications.emailedAt),
          or(isNull(notifications.emailRetryAt), lte(notifications.emailRetryAt, now)),
          gt(notifications.createdAt, oldestMailable(now)),
          or(isNull(accounts.emailNoticesSince), gte(notifications.createdAt, accounts.emailNoticesSince)),
          before ? lt(notifications.createdAt, before) : undefined,
        ),
      )
      .orderBy(asc(notifications.accountId), asc(notifications.createdAt))
      .limit(limit)
      .for('update', { of: notifications, skipLocked: true });
    if (rows.length > 0) {
      await tx
        .update(notifications)
        .set({ emailRetryAt: new Date(now.getTime() + MAIL_RULES.leaseMs) })
        .where(
          inArray(
            notifications.id,
            rows.map((r) => r.id),
          ),
        );
    }
    return rows;
  });
}

type Claimed = Awaited<ReturnType<typeof claim>>[number];

const ids = (rows: Claimed[]) => rows.map((r) => r.id);

async function markSent(db: Db, rows: Claimed[], now: Date) {
  await db
    .update(notifications)
    .set({ emailedAt: now, emailRetryAt: null })
    .where(inArray(notifications.id, ids(rows)));
}

/** Counts a failed attempt and sets the next; logs it, and loudly when the notice is too old to try again. */
async function markFailed(deps: MailDeps, rows: Claimed[], now: Date, err: unknown) {
  const attempt = Math.max(...rows.map((r) => r.emailAttempts)) + 1;
  const retryAt = new Date(now.getTime() + retryDelayMs(attempt));
  await deps.db
    .update(notifications)
    .set({ emailAttempts: attempt, emailRetryAt: retryAt })
    .where(inArray(notifications.id, ids(rows)));
  const about = { accountId: rows[0]?.accountId, notificationIds: ids(rows), attempt, err };
  const givenUp = rows.filter((r) => isGivenUp(r.createdAt, retryAt));
  if (givenUp.length > 0)
    deps.log.error(
      { ...about, givenUp: ids(givenUp) },
      'notice email failed and is given up: too old to mail late; it stays in the console',
    );
  else deps.log.warn({ ...about, retryAt }, 'notice email failed; it is tried again later');
  return retryAt;
}

/**
 * Sends each group's mail in turn. A mail the server refused alone waits for its retry; when the
 * server itself fails (unreachable, timed out), the run stops and the groups not yet tried wait as
 * long, without counting an attempt. Returns how many mails went out.
 */
async function sendAll(
  deps: MailDeps,
  groups: Claimed[][],
  now: Date,
  render: (first: Claimed, group: Claimed[]) => Omit<Mail, 'to'>,
) {
  let sent = 0;
  for (const [i, group] of groups.entries()) {
    const [first] = group;
    if (!first) continue;
    try {
      await deps.mailer.send({ to: first.email, ...render(first, group) });
    } catch (err) {
      const retryAt = await markFailed(deps, group, now, err);
      if (isRefusalOfThisMail(err)) continue;
      const untried = groups.slice(i + 1).flat();
      if (untried.length > 0)
        await deps.db
          .update(notifications)
          .set({ emailRetryAt: retryAt })
          .where(inArray(notifications.id, ids(untried)));
      break;
    }
    await markSent(deps.db, group, now);
    sent++;
  }
  return sent;
}

/** Mails each due notice to the people who want each one (the 'each' choice); returns how many went out. */
export async function mailEachNotice(deps: MailDeps, now = new Date()) {
  const rows = await claim(deps.db, 'each', now, MAIL_RULES.batch);
  return sendAll(
    deps,
    rows.map((r) => [r]),
    now,
    (n) => renderNoticeMail(n, n, deps.publicUrl),
  );
}

/**
 * The daily digest (每日摘要): one mail per person who chose 'daily', listing their notices filed
 * before today's 08:00 (Asia/Shanghai) not yet mailed; run again, it finds nothing until tomorrow's
 * 08:00. Returns how many digests went out.
 */
export async function mailDigests(deps: MailDeps, now = new Date()) {
  const asOf = lastDigestTime(now);
  const rows = await claim(deps.db, 'daily', now, MAIL_RULES.digestBatch, asOf);
  const byPerson = new Map<string, Claimed[]>();
  for (const r of rows) byPerson.set(r.accountId, [...(byPerson.get(r.accountId) ?? []), r]);
  return sendAll(deps, [...byPerson.values()], now, (reader, group) =>
    renderDigestMail(reader, group, asOf, deps.publicUrl),
  );
}

const MINUTE = 60_000;

/** The mail jobs, registered only when the deployment has an SMTP server (SMTP_URL). */
export const notificationMailJobs = (deps: Omit<MailDeps, 'db'>): Job[] => [
  { name: 'mail-notices', everyMs: MINUTE, runAfterClaim: (db) => mailEachNotice({ ...deps, db }) },
  { name: 'mail-digests', everyMs: 5 * MINUTE, runAfterClaim: (db) => mailDigests({ ...deps, db }) },
];
