// One member's writing for the demo, written as its story left it: the row, each step's audit event
// (as the use cases write them, dated when the step was taken, so the page shows its steps), and
// the notices of what is still open.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { WritingKind, WritingStatus } from '../../shared/enums';
import { notify } from '../modules/notifications';
import { CODE_PREFIX, type WritingAuditAction, writingAudit } from '../modules/writings';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import { accounts, auditEvents, memberWritings, places } from '../platform/db/schema';

export type Person = { id: string; username: string; displayName: string };

/** A writing's story: its text, and when each step was taken as a fraction of this year so far. */
export type Story = {
  kind: WritingKind;
  title: string;
  body: string;
  status: WritingStatus;
  drafted: number;
  submitted?: number;
  /** returned for changes with the reason, then revised and resubmitted */
  returned?: { at: number; reason: string; revisedBody: string; resubmitted: number };
  /** the office's edit of the title, kept as a version note */
  edited?: { at: number; title: string; note: string };
  adopted?: number;
  declined?: { at: number; reason: string };
  forwarded?: { at: number; to: string[] };
  submissionIds?: string[];
};

/** The office that reviews, and a moment this year from a fraction of it (0 = 1 January, 1 = now). */
export type StoryScene = { tx: DbOrTx; office: Person; when: (fraction: number) => Date };

type Step = {
  at: number;
  by: 'author' | 'office';
  action: WritingAuditAction;
  after: Record<string, unknown>;
  before?: Record<string, unknown>;
};

/** The steps a story took, in order, as their audit events record them. */
function stepsOf(story: Story, code: string | null, recipients: { id: string; displayName: string }[]): Step[] {
  const steps: Step[] = [
    {
      at: story.drafted,
      by: 'author',
      action: 'writing.create',
      after: { kind: story.kind, title: story.title, body: story.body, submissionIds: story.submissionIds ?? [] },
    },
  ];
  const step = (
    at: number,
    by: Step['by'],
    action: WritingAuditAction,
    after: Step['after'],
    before?: Step['before'],
  ) => steps.push({ at, by, action, after, before });
  if (story.submitted === undefined) return steps;
  step(
    story.submitted,
    'author',
    'writing.submit',
    { status: 'submitted', code, isResubmission: false },
    { status: 'draft' },
  );
  const r = story.returned;
  if (r) {
    step(r.at, 'office', 'writing.return', { status: 'returned', reason: r.reason }, { status: 'submitted' });
    step((r.at + r.resubmitted) / 2, 'author', 'writing.revise', { body: r.revisedBody }, { body: story.body });
    step(
      r.resubmitted,
      'author',
      'writing.submit',
      { status: 'submitted', code, isResubmission: true },
      { status: 'returned' },
    );
  }
  const e = story.edited;
  if (e) step(e.at, 'office', 'writing.edit', { title: e.title, note: e.note }, { title: story.title });
  if (story.adopted !== undefined)
    step(story.adopted, 'office', 'writing.adopt', { status: 'adopted' }, { status: 'submitted' });
  const d = story.declined;
  if (d) step(d.at, 'office', 'writing.decline', { status: 'not_adopted', reason: d.reason }, { status: 'submitted' });
  const f = story.forwarded;
  if (f) step(f.at, 'office', 'writing.forward', { status: 'forwarded', recipients }, { status: 'adopted' });
  return steps.sort((a, b) => a.at - b.at);
}

/** Writes one member's writing as its story left it, at the author's home place. */
export async function writeStory({ tx, office, when }: StoryScene, author: Person, story: Story) {
  const [home] = await tx
    .select({ id: places.id, path: places.path })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(eq(accounts.id, author.id));
  if (!home) throw new Error(`demo: ${author.username} without a home place`);
  const id = randomUUID();
  const code =
    story.submitted === undefined ? null : await nextCode(tx, CODE_PREFIX[story.kind], when(story.submitted));
  const to = story.forwarded?.to ?? [];
  const recipients =
    to.length === 0
      ? []
      : await tx
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(inArray(accounts.id, to));
  const steps = stepsOf(story, code, recipients);
  const title = story.edited?.title ?? story.title;
  const reviewed = story.adopted ?? story.declined?.at ?? story.returned?.at;
  const at = (f: number | undefined) => (f === undefined ? null : when(f));
  await tx.insert(memberWritings).values({
    id,
    code,
    kind: story.kind,
    authorId: author.id,
    placeId: home.id,
    title,
    body: story.returned?.revisedBody ?? story.body,
    status: story.status,
    submittedAt: at(story.submitted),
    reviewedById: reviewed === undefined ? null : office.id,
    reviewNote: story.declined?.reason ?? null,
    adoptedAt: at(story.adopted),
    forwardedAt: at(story.forwarded?.at),
    forwardedToIds: recipients.map((r) => r.id),
    submissionIds: story.submissionIds ?? [],
    createdAt: when(story.drafted),
    updatedAt: when(steps.at(-1)?.at ?? story.drafted),
  });
  const w = { id, placePath: home.path };
  await tx.insert(auditEvents).values(
    steps.map((s) => {
      const who = s.by === 'office' ? office : author;
      return {
        ...writingAudit(s.action, w, s.after, s.before),
        at: when(s.at),
        actorId: who.id,
        actorName: `${who.displayName} (${who.username})`,
        before: s.before ?? null,
      };
    }),
  );

  // the notices of what is still open: the office's queue, the author's adoption, the recipients'
  const tell = (
    accountIds: string[],
    kind: 'writing_submitted' | 'writing_adopted' | 'writing_forwarded',
    actor: Person,
  ) =>
    notify(tx, {
      accountIds,
      kind,
      params: { code, title, actor: actor.displayName },
      entityType: 'writing',
      entityId: id,
    });
  if (story.status === 'submitted') await tell([office.id], 'writing_submitted', author);
  if (story.adopted !== undefined) await tell([author.id], 'writing_adopted', office);
  if (recipients.length > 0) await tell(to, 'writing_forwarded', office);
  return { id, code };
}
