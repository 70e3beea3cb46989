import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { findEntry, presentEntry } from './entries';
import { accessTo } from './policy';
import { closingOver } from './rules-store';

/** A manual entry as the viewer sees it: its member, reviewers and readers in reach (404 unseen, 403 others). */
export async function loadEntry(ctx: Ctx, id: string) {
  const e = await findEntry(ctx.db, id);
  if (!e) throw notFound();
  const access = accessTo(ctx.actor, e.placePath, e.memberId);
  if (access === 'unseen') throw notFound();
  if (access === 'forbidden') throw forbidden();
  const isOpen = !(await closingOver(ctx.db, e.placePath, e.year));
  return presentEntry(ctx.actor, e, isOpen);
}
