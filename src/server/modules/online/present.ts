import type { Vote } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { type ConsultationRef, canConsultation, publicLink } from '../consultations';
import type { StatementRow, VoterBurstRow } from './queries';
import { agreementView, isOnlineOpen, type StatementAgreement, type VoteRow } from './rules';
import type { OnlineViewResponse, PublicOnlineViewResponse } from './schemas';

/** What was said in an online consultation: its statements (hidden ones too) and every vote. */
export type Said = { rows: readonly StatementRow[]; votes: readonly VoteRow[] };

const EMPTY: StatementAgreement = { agree: 0, disagree: 0, pass: 0, groups: [], classification: 'open' };

/** The agreement view of what was said, and each statement as one voter sees it. */
function viewOf({ rows, votes }: Said, voterKey: string) {
  const view = agreementView(
    rows.map((r) => ({ id: r.id, isHidden: r.hiddenAt !== null })),
    votes,
  );
  const mine = new Map<string, Vote>(votes.filter((v) => v.voterKey === voterKey).map((v) => [v.statementId, v.vote]));
  const item = (r: StatementRow) => ({
    id: r.id,
    text: r.text,
    authorName: r.authorName,
    createdAt: r.createdAt,
    isMine: r.authorKey === voterKey,
    myVote: mine.get(r.id) ?? null,
    ...(view.statements.get(r.id) ?? { ...EMPTY, ...tally(votes, r.id) }),
  });
  return { view, item };
}

/** Raw counts for a statement outside the view (a hidden one, for the staff who moderate). */
function tally(votes: readonly VoteRow[], statementId: string) {
  const t = { agree: 0, disagree: 0, pass: 0 };
  for (const v of votes) if (v.statementId === statementId) t[v.vote]++;
  return t;
}

/** The console's view: the statements (hidden ones too, for moderators), groups and what the actor may do. */
export function presentOnlineView(
  actor: Actor,
  c: ConsultationRef,
  publicUrl: string,
  said: Said,
  bursts: readonly VoterBurstRow[],
  now: Date,
): OnlineViewResponse {
  const { view, item } = viewOf(said, `a:${actor.id}`);
  const isOpen = isOnlineOpen(c, now);
  // hidden statements stay listed, with the reason, for those who moderate; members see what residents see
  const canModerate = canConsultation(actor, 'manage', c);
  return {
    consultation: { id: c.id, code: c.code, title: c.title, status: c.status },
    isOpen,
    opensAt: c.startsAt,
    closesAt: c.endsAt,
    publicUrl: c.publicToken ? publicLink(publicUrl, c.publicToken) : null,
    participantCount: view.participantCount,
    groups: view.groups,
    statements: said.rows
      .filter((r) => canModerate || r.hiddenAt === null)
      .map((r) => ({
        ...item(r),
        hidden:
          r.hiddenAt === null
            ? null
            : {
                reason: r.hiddenReason ?? '',
                at: r.hiddenAt,
                by: r.hiddenById ? { id: r.hiddenById, displayName: r.hiddenByName ?? '' } : null,
              },
      })),
    bursts: canModerate
      ? bursts.map((b) => ({
          address: (b.addressHash ?? '').slice(0, 6),
          newVoters: b.newVoters,
          lastAt: b.lastAt ?? now,
        }))
      : [],
    abilities: { post: isOpen, vote: isOpen, moderate: canModerate },
  };
}

/** The residents' view: visible statements only, the ones this phone has not voted on first. */
export function presentPublicOnlineView(
  c: ConsultationRef,
  topic: { title: string; description: string },
  said: Said,
  voterKey: string,
  now: Date,
): PublicOnlineViewResponse {
  const { view, item } = viewOf(said, voterKey);
  const items = said.rows.filter((r) => r.hiddenAt === null).map(item);
  return {
    title: c.title,
    topic,
    placeName: c.placeName,
    isOpen: isOnlineOpen(c, now),
    opensAt: c.startsAt,
    closesAt: c.endsAt,
    participantCount: view.participantCount,
    statements: [...items.filter((s) => s.myVote === null), ...items.filter((s) => s.myVote !== null)].map(
      ({ groups: _groups, ...s }) => s,
    ),
  };
}
