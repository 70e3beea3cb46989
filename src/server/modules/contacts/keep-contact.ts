// A member keeps their fixed contacts (联系群众): adds, changes, stops keeping (the log stays).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CreateContactBody, UpdateContactBody } from '../../../shared/api/contacts';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { memberContacts } from '../../platform/db/schema';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { maskPhone } from '../submissions';
import { canContact, mayKeepContacts, mayServeAt } from './policy';
import { findVisibleContact, livePlace, servedPaths } from './queries';

type CreateInput = z.output<typeof CreateContactBody>;
type UpdateInput = z.output<typeof UpdateContactBody>;

/** A place the member may keep a contact at (their grant's reach or a place they serve), or undefined. */
async function servedPlace(ctx: Ctx, placeId: string) {
  const place = await livePlace(ctx.db, placeId);
  if (!place) return undefined;
  return mayServeAt(ctx.actor, await servedPaths(ctx.db, ctx.actor.id), place.path) ? place : undefined;
}

/** A contact's phone as kept: sealed (AES-256-GCM) and masked for lists; undefined leaves it as it was. */
export const phoneColumns = (cipher: Cipher, phone: string | null | undefined) =>
  phone === undefined
    ? {}
    : { phoneCipher: phone ? cipher.encrypt(phone) : null, phoneMasked: phone ? maskPhone(phone) : null };

/**
 * Adds one of the member's fixed contacts, at a place they serve (404 elsewhere); only members keep
 * contacts (403). More than CONTACT_LIMITS.softMax is allowed: the page warns.
 */
export async function createContact(ctx: Ctx, cipher: Cipher, input: CreateInput) {
  if (!mayKeepContacts(ctx.actor)) throw forbidden();
  const place = await servedPlace(ctx, input.placeId);
  if (!place) throw notFound();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(memberContacts)
      .values({
        memberId: ctx.actor.id,
        placeId: place.id,
        kind: input.kind,
        name: input.name,
        address: input.address || null,
        note: input.note || null,
        visitEveryDays: input.visitEveryDays,
        ...phoneColumns(cipher, input.phone),
      })
      .returning({ id: memberContacts.id });
    const id = row?.id as string;
    await writeAudit(tx, ctx, {
      action: 'contact.create',
      entityType: 'member_contact',
      entityId: id,
      placePath: place.path,
      after: { kind: input.kind, name: input.name, placeId: place.id, visitEveryDays: input.visitEveryDays },
    });
    return { id };
  });
}

/** The member's own contact, kept still: 404 unseen, 403 another's, 409 no longer kept. */
async function ownKeptContact(ctx: Ctx, id: string) {
  const c = await findVisibleContact(ctx.db, ctx.actor, id);
  if (!c) throw notFound();
  if (!canContact(ctx.actor, 'keep', c)) throw forbidden();
  if (c.archivedAt) throw conflict('contact_archived');
  return c;
}

/** Changes what the member keeps of a contact; a new place must be one they serve (400). */
export async function updateContact(ctx: Ctx, cipher: Cipher, id: string, input: UpdateInput) {
  const c = await ownKeptContact(ctx, id);
  const place = input.placeId ? await servedPlace(ctx, input.placeId) : undefined;
  if (input.placeId && !place) throw invalid([{ path: 'placeId', key: 'invalid_value' }]);
  const change = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(place ? { placeId: place.id } : {}),
    ...(input.address === undefined ? {} : { address: input.address || null }),
    ...(input.note === undefined ? {} : { note: input.note || null }),
    ...(input.visitEveryDays ? { visitEveryDays: input.visitEveryDays } : {}),
    ...phoneColumns(cipher, input.phone),
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(memberContacts)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(memberContacts.id, c.id));
    const { phoneCipher: _, ...said } = change as typeof change & { phoneCipher?: unknown };
    await writeAudit(tx, ctx, {
      action: 'contact.update',
      entityType: 'member_contact',
      entityId: c.id,
      placePath: place?.path ?? c.placePath,
      before: { kind: c.kind, name: c.name, placeId: c.place.id, visitEveryDays: c.visitEveryDays },
      after: said,
    });
  });
}

/** The member stops keeping a contact: it leaves their list and due visits; its log stays. */
export async function archiveContact(ctx: Ctx, id: string) {
  const c = await ownKeptContact(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await tx.update(memberContacts).set({ archivedAt: now, updatedAt: now }).where(eq(memberContacts.id, c.id));
    await writeAudit(tx, ctx, {
      action: 'contact.archive',
      entityType: 'member_contact',
      entityId: c.id,
      placePath: c.placePath,
    });
  });
}

/** Shows the member the contact's full number, and records that they saw it. */
export async function revealContactPhone(ctx: Ctx, cipher: Cipher, id: string) {
  const c = await findVisibleContact(ctx.db, ctx.actor, id);
  if (!c) throw notFound();
  if (!canContact(ctx.actor, 'keep', c)) throw forbidden();
  await writeAudit(ctx.db, ctx, {
    action: 'contact.view_phone',
    entityType: 'member_contact',
    entityId: c.id,
    placePath: c.placePath,
  });
  return { phone: c.phoneCipher ? cipher.decrypt(c.phoneCipher) : null };
}
