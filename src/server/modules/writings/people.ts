// The accounts around a writing beyond its author: the CPPCC office told of a submission, and the
// leaders and departments it may be forwarded to (报送).
import { inArray, not } from 'drizzle-orm';
import { WRITING_RECIPIENT_ROLES, WRITING_ROLES } from '../../../shared/access/writings';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../../platform/db/schema';
import { findHolders, holdersAt, rolesHeld } from '../accounts';

/** The CPPCC office's accounts whose reach holds the place (told when a writing is submitted). */
export const reviewersOf = (db: DbOrTx, placePath: string) => holdersAt(db, WRITING_ROLES.review, placePath);

/** The recipient roles (leader, department) each account holds, with where, the highest place first. */
export const recipientRolesOf = (db: DbOrTx, accountIds: readonly string[]) =>
  rolesHeld(db, accountIds, WRITING_RECIPIENT_ROLES);

/**
 * Who the writing may be forwarded to: live accounts holding leader or department at its place or
 * above it, not yet sent it. `ids` narrows to those accounts (checking a forward).
 */
export const recipientCandidates = (
  db: DbOrTx,
  w: { placePath: string; forwardedToIds: readonly string[] },
  opts: { q?: string | undefined; ids?: readonly string[]; limit?: number },
) =>
  findHolders(
    db,
    {
      roles: WRITING_RECIPIENT_ROLES,
      placePath: w.placePath,
      except: w.forwardedToIds.length > 0 ? not(inArray(accounts.id, [...w.forwardedToIds])) : undefined,
    },
    opts,
  );
