import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../platform/db';
import { createFirstAdmin, SetupError } from './bootstrap';
import { hasDemoData, seedDemo } from './demo';

// each on an empty embedded database of its own, whichever database the other tests use
let fresh: Database;
let demo: Database;

// the only file still starting databases of its own (two PGlites, ~10 s each on a busy machine)
beforeAll(async () => {
  fresh = await openDatabase({});
  demo = await openDatabase({});
  await Promise.all([fresh.migrate(), demo.migrate()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([fresh.close(), demo.close()]);
});

const admin = (username: string, placeName: string) => ({
  username,
  displayName: username,
  password: 'Admin-pass-2025',
  placeName,
  placeCode: 'mmq',
});

describe('createFirstAdmin', () => {
  it('makes the top-level place on an empty database, then only ever adds admins to it', async () => {
    const first = await createFirstAdmin(fresh.db, admin('first', '某某区'));
    expect(first.placeName).toBe('某某区');
    const second = await createFirstAdmin(fresh.db, admin('second', '某某区'));
    expect(second.placeId).toBe(first.placeId);
    await expect(createFirstAdmin(fresh.db, admin('third', '别的区'))).rejects.toThrow(
      new SetupError(
        'the database already has its top-level place (某某区); pass --place with that name to add an administrator there',
      ),
    );
  });

  it('says a username is taken in words, whatever its case', async () => {
    await expect(createFirstAdmin(fresh.db, admin('FIRST', '某某区'))).rejects.toThrow(
      new SetupError('username FIRST is already taken'),
    );
  });

  it('loads no demo into a database with places, and says when there is none', async () => {
    expect(await seedDemo(fresh.db)).toBe(false);
    expect(await hasDemoData(fresh.db)).toBe(false);
  });
});

describe('seedDemo', () => {
  it('marks the database it loads the demo into', async () => {
    expect(await hasDemoData(demo.db)).toBe(false);
    expect(await seedDemo(demo.db)).toBe(true);
    expect(await hasDemoData(demo.db)).toBe(true);
  });
});
