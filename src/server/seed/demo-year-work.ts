// More of the demo's year of duty: the communities' calls for help (吹哨报到) members answered, and
// the 社情民意 and proposals they wrote and the office adopted or not (each step with its audit
// event, so a writing's page shows them).
import { randomUUID } from 'node:crypto';
import type { MemberSector } from '../../shared/enums';
import { CODE_PREFIX, writingAudit } from '../modules/writings';
import { nextCodes } from '../platform/db/codes';
import { auditEvents, memberWritings, whistleCalls, whistleResponses, whistles } from '../platform/db/schema';
import type { YearMember, YearPlace, YearScene } from './demo-year';
import { momentIn, spread } from './demo-year-plan';
import { NOT_ADOPTED_REASONS, WHISTLE_NEEDS, WRITING_SUBJECTS } from './demo-year-texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How many members answer one call, at most. */
const PER_WHISTLE = 4;

/** The year's calls, each answered by up to four members the same day, done, and closed with a rating. */
export async function seedYearWhistles(s: YearScene) {
  // each member's answers, in the order of the members: striding through them keeps a call's responders apart
  const answers = s.members.flatMap(({ m, d }) => Array.from({ length: d.whistles }, () => m));
  const count = Math.ceil(answers.length / PER_WHISTLE);
  if (count === 0) return;
  const raised = spread(count).map((f) => momentIn(s.window, f, 9));
  const codes = await nextCodes(s.tx, 'CS', raised[0] as Date, count);
  const calls: (typeof whistles.$inferInsert)[] = [];
  const responses: (typeof whistleResponses.$inferInsert)[] = [];
  // those it called (吹哨): here the members who answered, called as it was raised
  const called: (typeof whistleCalls.$inferInsert)[] = [];
  for (let j = 0; j < count; j++) {
    const text = WHISTLE_NEEDS[(j + (s.isThisYear ? 8 : 0)) % WHISTLE_NEEDS.length] as (typeof WHISTLE_NEEDS)[number];
    const p = s.place(text.at);
    const at = raised[j] as Date;
    const closedAt = new Date(at.getTime() + (2 + (j % 3)) * DAY);
    const rating = j % 4 === 3 ? 4 : 5;
    const id = randomUUID();
    calls.push({
      id,
      code: codes[j] as string,
      placeId: p.id,
      raisedById: s.keeperOf(p),
      need: text.need,
      sectors: text.sectors as MemberSector[],
      expertise: text.expertise,
      location: text.location,
      dueAt: new Date(at.getTime() + 3 * DAY),
      status: 'closed',
      closedAt,
      rating,
      ratingNote: rating === 5 ? '委员响应及时，问题得到解决，群众满意。' : '委员到场指导，后续还需持续跟进。',
      createdAt: at,
      updatedAt: closedAt,
    });
    const theirs = answers.filter((_, i) => i % count === j);
    for (const m of theirs) called.push({ whistleId: id, accountId: m.id, calledAt: at });
    for (const [k, m] of theirs.entries())
      responses.push({
        whistleId: id,
        responderId: m.id,
        answeredAt: new Date(at.getTime() + (1 + k * 1.5) * HOUR),
        note: '收到，当天到现场',
        didWhat: text.did,
        doneAt: new Date(at.getTime() + DAY + k * HOUR),
      });
  }
  await s.tx.insert(whistles).values(calls);
  await s.tx.insert(whistleCalls).values(called);
  await s.tx.insert(whistleResponses).values(responses);
}

type Written = {
  m: YearMember;
  kind: 'public_opinion' | 'proposal';
  isAdopted: boolean;
  at: Date;
  title: string;
  body: string;
};

/** What each member wrote in the year: their 社情民意 (the first ones adopted) and proposals, by subject in turn. */
function writtenIn(s: YearScene): Written[] {
  const out: Written[] = [];
  let n = s.isThisYear ? 11 : 0;
  for (const { m, d } of s.members) {
    const total = d.written + d.proposals;
    const where = (m.served[0] as YearPlace).name;
    for (const [k, f] of spread(total, ((m.index % 5) - 2) / 6).entries()) {
      const isProposal = k >= d.written;
      const subject = WRITING_SUBJECTS[n++ % WRITING_SUBJECTS.length] as string;
      out.push({
        m,
        kind: isProposal ? 'proposal' : 'public_opinion',
        isAdopted: isProposal || k < d.adopted,
        at: momentIn(s.window, f, 15),
        title: isProposal ? `关于加强${subject}的提案` : `关于${where}${subject}问题的${k % 2 ? '情况反映' : '建议'}`,
        body:
          `${where}${subject}方面仍有短板，群众反映较多，委员在走访和接待中多次听到。\n` +
          '建议相关部门摸清底数、明确责任、分步推进，并定期向群众公开进展。',
      });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The year's writings, each submitted and reviewed by the office, with the audit events of its steps. */
export async function seedYearWritings(s: YearScene) {
  const written = writtenIn(s);
  if (written.length === 0) return;
  const first = (written[0] as Written).at;
  const codes = {
    public_opinion: await nextCodes(
      s.tx,
      CODE_PREFIX.public_opinion,
      first,
      written.filter((w) => w.kind === 'public_opinion').length,
    ),
    proposal: await nextCodes(s.tx, CODE_PREFIX.proposal, first, written.filter((w) => w.kind === 'proposal').length),
  };
  const rows: (typeof memberWritings.$inferInsert)[] = [];
  const events: (typeof auditEvents.$inferInsert)[] = [];
  for (const [i, w] of written.entries()) {
    const id = randomUUID();
    const code = codes[w.kind].shift() as string;
    const drafted = new Date(w.at.getTime() - 2 * DAY);
    const reviewed = new Date(w.at.getTime() + (3 + (i % 5)) * DAY);
    const reason = w.isAdopted ? null : (NOT_ADOPTED_REASONS[i % NOT_ADOPTED_REASONS.length] as string);
    const status = w.isAdopted ? ('adopted' as const) : ('not_adopted' as const);
    rows.push({
      id,
      code,
      kind: w.kind,
      authorId: w.m.id,
      placeId: w.m.home.id,
      title: w.title,
      body: w.body,
      status,
      submittedAt: w.at,
      reviewedById: s.office.id,
      reviewNote: reason,
      adoptedAt: w.isAdopted ? reviewed : null,
      createdAt: drafted,
      updatedAt: reviewed,
    });
    const ref = { id, placePath: w.m.home.path };
    const author = { actorId: w.m.id, actorName: `${w.m.name} (${w.m.username})` };
    const office = { actorId: s.office.id, actorName: s.office.label };
    events.push(
      {
        ...writingAudit('writing.create', ref, { kind: w.kind, title: w.title, body: w.body, submissionIds: [] }),
        ...author,
        at: drafted,
      },
      {
        ...writingAudit(
          'writing.submit',
          ref,
          { status: 'submitted', code, isResubmission: false },
          { status: 'draft' },
        ),
        ...author,
        at: w.at,
      },
      w.isAdopted
        ? { ...writingAudit('writing.adopt', ref, { status }, { status: 'submitted' }), ...office, at: reviewed }
        : {
            ...writingAudit('writing.decline', ref, { status, reason }, { status: 'submitted' }),
            ...office,
            at: reviewed,
          },
    );
  }
  await s.tx.insert(memberWritings).values(rows);
  await s.tx.insert(auditEvents).values(events.map((e) => ({ ...e, before: e.before ?? null })));
}
