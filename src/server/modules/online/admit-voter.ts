import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { onlineVoters } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { ONLINE_LIMITS } from './rules';

/** Who writes: a voter key and, for residents, where from and whether they solved a challenge. */
export type VoterRef = {
  key: string;
  address?: { hash: string; hasSolvedChallenge: boolean };
};

/** Thrown inside the write's transaction; the route answers it with a fresh image challenge. */
export class NewVoterChallenge extends AppError {
  constructor() {
    super(429, 'online_challenge_required');
  }
}

/**
 * One person, one vote, as far as an anonymous page can tell: a phone without the voter cookie is
 * a new voter, so new voters from one address are capped per consultation and hour, and past the
 * cap only a solved image challenge admits another. Known voters pass. Runs under the
 * consultation's lock, so parallel requests from one address are counted one after another.
 */
export async function admitVoter(tx: DbOrTx, consultationId: string, voter: VoterRef) {
  const [known] = await tx
    .select({ key: onlineVoters.voterKey })
    .from(onlineVoters)
    .where(and(eq(onlineVoters.consultationId, consultationId), eq(onlineVoters.voterKey, voter.key)));
  if (known) return;
  if (voter.address && !voter.address.hasSolvedChallenge) {
    const [recent] = await tx
      .select({ n: count() })
      .from(onlineVoters)
      .where(
        and(
          eq(onlineVoters.consultationId, consultationId),
          eq(onlineVoters.addressHash, voter.address.hash),
          gt(onlineVoters.firstSeenAt, sql`now() - ${ONLINE_LIMITS.newVoterWindowMinutes} * interval '1 minute'`),
        ),
      );
    if ((recent?.n ?? 0) >= ONLINE_LIMITS.newVotersPerAddress) throw new NewVoterChallenge();
  }
  await tx
    .insert(onlineVoters)
    .values({ consultationId, voterKey: voter.key, addressHash: voter.address?.hash ?? null });
}
