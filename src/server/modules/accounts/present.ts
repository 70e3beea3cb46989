import type { Actor } from '../../platform/auth/actor';
import { canAccount, canGrantTo } from './policy';
import type { AccountWithGrants } from './queries';

export const scopeOf = (a: AccountWithGrants) => ({
  homePlacePath: a.homePlacePath,
  grantPaths: a.grants.map((g) => g.placePath),
});

export const presentAccount = (a: AccountWithGrants, actor: Actor) => ({
  ...a,
  abilities: {
    manage: canAccount(actor, 'manage', scopeOf(a)),
    grant: canGrantTo(actor, { id: a.id, ...scopeOf(a) }),
  },
});
