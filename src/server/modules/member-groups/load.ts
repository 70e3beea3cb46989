// The group page and the groups list, read and presented for the viewer.
import type { MemberSector } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { forbidden } from '../../platform/errors';
import { placeInReach } from './access';
import { canGroup, listAbilities, readsGroups } from './policy';
import { consultationYearsOf, type GroupRef, type GroupRow, leadsOf, listVisibleGroups, membersOf } from './queries';
import { compositionIssues, compositionOf } from './rules';
import type { GroupDetailOut, ListGroupsInput } from './schemas';

type Person = { id: string; displayName: string };

// sectors are written only through the contract's enum; the column is plain text
const asSector = (s: string | null) => s as MemberSector | null;

const presentSummary = ({ placePath: _, ...g }: GroupRow, leads: Person[]) => ({
  ...g,
  sector: asSector(g.sector),
  leads,
});

/** A group's page: its members by position, what a 1+2+N group lacks, a committee's consultations per year. */
export async function loadGroupDetail(db: DbOrTx, actor: Actor, g: GroupRef): Promise<GroupDetailOut> {
  const [members, years] = await Promise.all([
    membersOf(db, g.id),
    g.kind === 'committee' ? consultationYearsOf(db, actor, g.id) : Promise.resolve([]),
  ]);
  const composition = compositionOf(members.map((m) => m.position));
  const { isMine: _, ...row } = g;
  return {
    ...presentSummary(
      row,
      members.filter((m) => m.position === 'lead').map(({ id, displayName }) => ({ id, displayName })),
    ),
    members,
    composition: { ...composition, issues: compositionIssues(g.kind, composition) },
    consultationYears: years,
    abilities: { manage: canGroup(actor, 'manage', g) && !g.archivedAt },
  };
}

/**
 * The groups the viewer sees (beneath `placeId` if given: 404 outside their reach), by kind and
 * name, with member counts and leads; 403 for one whose roles read no groups.
 */
export async function listGroups(ctx: Ctx, q: ListGroupsInput) {
  if (!readsGroups(ctx.actor)) throw forbidden();
  const place = q.placeId ? await placeInReach(ctx, q.placeId) : undefined;
  const { items, total } = await listVisibleGroups(ctx.db, ctx.actor, q, place?.path);
  const leads = await leadsOf(
    ctx.db,
    items.map((g) => g.id),
  );
  return {
    items: items.map((g) => presentSummary(g, leads.get(g.id) ?? [])),
    total,
    page: q.page,
    pageSize: q.pageSize,
    abilities: listAbilities(ctx.actor),
  };
}
