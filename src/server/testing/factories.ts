import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PlaceKind, Role } from '../../shared/enums';
import type { Db } from '../platform/db';
import { seedAccount, seedPlace } from '../seed/bootstrap';
import { Agent } from './harness';

const uniq = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'testpassword123';

export type BuiltPlace = { id: string; path: string; depth: number; name: string; code: string; kind: PlaceKind };

/** A place under `parent`, or a new root district; names and codes are unique per call. */
export async function buildPlace(db: Db, opts: { parent?: BuiltPlace; kind?: PlaceKind; name?: string } = {}) {
  const kind = opts.kind ?? 'district';
  const name = opts.name ?? `${kind}-${uniq()}`;
  const code = `t-${uniq()}`;
  const p = await seedPlace(db, opts.parent ?? null, { kind, name, code });
  return { ...p, name, code, kind } satisfies BuiltPlace;
}

/** A district with two townships, a village under each, and a grid under the first village. */
export async function buildTree(db: Db) {
  const district = await buildPlace(db, { kind: 'district' });
  const townA = await buildPlace(db, { parent: district, kind: 'township' });
  const townB = await buildPlace(db, { parent: district, kind: 'subdistrict' });
  const villageA = await buildPlace(db, { parent: townA, kind: 'village' });
  const villageB = await buildPlace(db, { parent: townB, kind: 'community' });
  const gridA = await buildPlace(db, { parent: villageA, kind: 'grid' });
  return { district, townA, townB, villageA, villageB, gridA };
}

/** An account holding `role` at `place` (homed there), signed in through the real endpoint. */
export async function buildAccount(
  app: FastifyInstance,
  db: Db,
  opts: { role: Role; place: BuiltPlace; username?: string },
) {
  const username = opts.username ?? `${opts.role}-${uniq()}`;
  const id = await seedAccount(db, {
    username,
    displayName: `${opts.role} ${username}`,
    password: TEST_PASSWORD,
    homePlaceId: opts.place.id,
    roles: [{ role: opts.role, placeId: opts.place.id }],
  });
  const agent = await Agent.signIn(
    app,
    username,
    TEST_PASSWORD,
    `127.0.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
  );
  return { id, username, agent };
}
