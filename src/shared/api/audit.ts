// The audit log's wire contract: who changed what, with the record before and after.
import { z } from 'zod';
import { AUDIT_KINDS } from '../messages/audit';
import { IsoDate, PageQuery, paged } from './common';

// a date the database can compare with, and that a person could mean
const AuditDate = z.coerce
  .date<string>()
  .min(new Date('2000-01-01T00:00:00Z'), { message: 'date_out_of_range' })
  .max(new Date('2100-12-31T23:59:59.999Z'), { message: 'date_out_of_range' });

export const ListAuditQuery = PageQuery.extend({
  /** a kind of event: the records it touched (`place`, `outcome`) or sign-ins (`auth`) */
  kind: z.enum(AUDIT_KINDS as [string, ...string[]]).optional(),
  /** the person who acted (their account), beside `actor`, which matches a name as typed */
  actorId: z.uuid().optional(),
  /** 'true': sign-ins are listed too (they are routine and many, so hidden unless asked for) */
  signIns: z.enum(['true', 'false']).default('false'),
  action: z.string().trim().max(60).optional(),
  entityType: z.string().trim().max(30).optional(),
  entityId: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(60).optional(),
  from: AuditDate.optional(),
  to: AuditDate.optional(),
  pageSize: z.coerce.number<number>().int().min(1).max(100).default(30), // the log shows more a page
});

export const AuditEvent = z.object({
  id: z.number(),
  at: IsoDate,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(), // `<entity>.<verb>`, e.g. place.move
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const AuditListResponse = paged(AuditEvent);
