import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { presentAccount } from './present';
import { findVisibleAccount } from './queries';

/** An account homed in the actor's region (else 404), with its roles and what the actor may do to it. */
export async function loadAccount(db: DbOrTx, actor: Actor, id: string) {
  const account = await findVisibleAccount(db, actor, id);
  if (!account) throw notFound();
  return presentAccount(account, actor);
}
