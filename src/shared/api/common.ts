// Pieces of the wire contract that every module's schemas use. The server outputs Dates and the
// codec writes them as ISO strings; the web and the tests read `z.input<…>` (strings on the wire).
import { z } from 'zod';
import { PLACE_KINDS, ROLES } from '../enums';

/** An instant on the wire: an ISO 8601 string; a Date on the server's side of the codec. */
export const IsoDate = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

/** A record named by id and name (a place, a council, a department…). */
export const Ref = z.object({ id: z.string(), name: z.string() });
/** A place with its kind, so the screen can say 村/社区/网格. */
export const PlaceRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) });
/** An account as others see it. */
export const Person = z.object({ id: z.string(), displayName: z.string() });
/** A role an account holds, and where. */
export const RoleAt = z.object({ role: z.enum(ROLES), placeName: z.string() });
/** An account to choose (to invite, to send a record to), with the roles it holds. */
export const RoleHolder = Person.extend({ username: z.string(), roles: z.array(RoleAt) });
export const RoleHolders = z.object({ items: z.array(RoleHolder) });
/** A record known by its code and title (a topic, a consultation, an outcome). */
export const CodeRef = z.object({ id: z.string(), code: z.string(), title: z.string() });

export const IdParams = z.object({ id: z.uuid() });
/** One file attached to a record: /api/<records>/:id/files/:fileId. */
export const AttachmentParams = IdParams.extend({ fileId: z.uuid() });

/** A file attached to a record (a consultation's 附件, a training's 课件), as the record lists it. */
export const AttachedFile = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  createdAt: IsoDate,
});

// A query string carries only text, so list queries coerce; each coercion names the type a client
// passes for it (z.coerce.number<number>()), so `Wire<…>` of a list query is what the web sends.

/** Page and size of a listing; the server's defaults apply when they are left out. */
export const PageQuery = z.object({
  page: z.coerce.number<number>().int().min(1).default(1),
  pageSize: z.coerce.number<number>().int().min(1).max(100).default(20),
});

/** What a paged list answers: the page's items and the total across pages. */
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The type a client sends or receives for a schema: strings where the server holds Dates. */
export type Wire<T extends z.ZodType> = z.input<T>;

/**
 * A paged list's query as a page holds it: the wire form, with the page, its size and the fields
 * named in K (those the server would otherwise default) always set.
 */
export type ListFilters<T extends z.ZodType, K extends keyof Wire<T> = never> = Omit<Wire<T>, K | 'page' | 'pageSize'> &
  Required<Pick<Wire<T>, Extract<K | 'page' | 'pageSize', keyof Wire<T>>>>;

/** A field at fault in a refusal, with the message in the user's language. */
export const FieldIssue = z.object({ path: z.string(), message: z.string() });

/**
 * What every refusal answers: a stable code and a message in the user's language; bad input lists
 * its fields, a refusal about one field names it. Modules extend it with their own details.
 */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(FieldIssue).optional(),
  field: z.string().optional(),
});

/** An image challenge (a picture of characters to type) the server asks for before it goes on. */
export const Challenge = z.object({ id: z.string(), svg: z.string() });
/** The answer to an image challenge, sent with the request the challenge was asked for. */
export const ChallengeAnswer = z.object({ id: z.string().max(64), answer: z.string().max(10) });
/** A refusal that asks for the image challenge: answer it and send the request again. */
export const ChallengeErrorBody = ErrorBody.extend({ challenge: Challenge.optional() });
