import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { canDuty } from './policy';
import { presentClosing, presentRulesRef } from './present';
import type { PlaceRow } from './roster';
import { closingOver, latestRuleSets, ruleSetsById, rulesAt, versionsOf } from './rules-store';
import { DEFAULT_DUTY_RULES } from './scoring';

/**
 * A region's rules for a year as they apply: for a closed year the version it was closed with;
 * else its own latest version, or the one kept nearest above it, or the defaults.
 */
export async function appliedRules(db: DbOrTx, path: string, placeId: string, year: number) {
  const [sets, closing] = await Promise.all([latestRuleSets(db, year), closingOver(db, path, year)]);
  const closedSet = closing ? (await ruleSetsById(db, [closing.ruleSetId])).get(closing.ruleSetId) : undefined;
  const applied = closedSet ?? rulesAt(sets, path);
  const source = !applied ? 'default' : applied.place.id === placeId ? 'own' : 'inherited';
  return { applied, source, closing } as const;
}

/** The rules view of a region and year: what applies, its own versions, whether the year is closed. */
export async function loadRuleSetView(ctx: Ctx, place: PlaceRow, year: number) {
  const [{ applied, source, closing }, versions] = await Promise.all([
    appliedRules(ctx.db, place.path, place.id, year),
    versionsOf(ctx.db, place.id, year),
  ]);
  const mayEdit = canDuty(ctx.actor, 'rules', place.path) && !closing;
  return {
    place: { id: place.id, name: place.name, kind: place.kind },
    year,
    source,
    applied: presentRulesRef(applied),
    rules: applied?.rules ?? DEFAULT_DUTY_RULES,
    versions: versions.map((v) => ({ ...v, createdBy: v.createdBy?.id ? v.createdBy : null })),
    closing: presentClosing(closing),
    abilities: { edit: mayEdit, close: mayEdit },
  };
}
