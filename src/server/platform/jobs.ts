import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Db, Tx } from './db';

/**
 * A periodic job: `run` gets the transaction that holds the job's lock and returns what it did.
 * Work that waits on another server (SMTP) must not hold a transaction meanwhile (on PGlite one
 * open transaction stops every request): it is `runAfterClaim`, which runs once its period is
 * claimed and committed, and claims the rows it works on itself (FOR UPDATE SKIP LOCKED).
 */
export type Job = { name: string; everyMs: number } & (
  | { run: (tx: Tx) => Promise<number> }
  | { runAfterClaim: (db: Db) => Promise<number> }
);

// advisory locks in the two-key space (never meets the one-key locks of db/locks.ts)
const JOB_LOCK_SPACE = 5_316_100;

/**
 * Runs `job` if no instance is running it and none ran it in the last period: the transaction
 * takes the job's advisory lock without waiting (another instance holds it: skip) and claims the
 * period in `job_runs`. Returns what the job did, or null when it was not its turn.
 */
export async function runJobOnce(db: Db, job: Job): Promise<number | null> {
  if ('runAfterClaim' in job) {
    const isMyTurn = await db.transaction((tx) => claimTurn(tx, job));
    return isMyTurn ? job.runAfterClaim(db) : null;
  }
  return db.transaction(async (tx) => ((await claimTurn(tx, job)) ? job.run(tx) : null));
}

async function claimTurn(tx: Tx, job: Job) {
  const lock = await tx.execute<{ ok: boolean }>(
    sql`select pg_try_advisory_xact_lock(${JOB_LOCK_SPACE}, hashtext(${job.name})) as ok`,
  );
  if (!lock.rows[0]?.ok) return false;
  const claimed = await tx.execute(sql`insert into job_runs (name, ran_at) values (${job.name}, now())
    on conflict (name) do update set ran_at = now()
    where job_runs.ran_at <= now() - ${job.everyMs} * interval '1 millisecond' + interval '1 second'
    returning name`);
  return claimed.rows.length > 0;
}

/**
 * Starts the periodic jobs of this instance: each fires at a random point of its period (so N
 * instances spread out), runs at most once per period across all of them, and never keeps the
 * process alive. Returns the function that stops them.
 */
export function startJobs(db: Db, jobs: Job[], log: FastifyBaseLogger) {
  const timers = new Map<string, NodeJS.Timeout>();
  let isStopped = false;
  const schedule = (job: Job) => {
    const timer = setTimeout(
      async () => {
        try {
          const done = await runJobOnce(db, job);
          if (done) log.info({ job: job.name, done }, 'periodic job ran');
        } catch (err) {
          log.warn({ job: job.name, err }, 'periodic job failed; it runs again next period');
        }
        if (!isStopped) schedule(job);
      },
      job.everyMs * (0.5 + Math.random() / 2),
    );
    timer.unref();
    timers.set(job.name, timer);
  };
  for (const job of jobs) schedule(job);
  return () => {
    isStopped = true;
    for (const t of timers.values()) clearTimeout(t);
  };
}

/** Runs `jobs` while `app` listens: a server that serves sweeps, an app under inject (tests) does not. */
export function runJobsWhileListening(app: FastifyInstance, db: Db, jobs: Job[]) {
  let stop = () => {};
  app.addHook('onListen', async () => {
    stop = startJobs(db, jobs, app.log);
  });
  app.addHook('onClose', async () => stop());
}
