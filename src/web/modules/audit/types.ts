// The audit log's JSON as the console receives it, inferred from the wire contract.
import type { AuditEvent as AuditEventSchema, AuditListResponse, ListAuditQuery } from '../../../shared/api/audit';
import type { ListFilters, Wire } from '../../../shared/api/common';

export type AuditEvent = Wire<typeof AuditEventSchema>;
export type AuditList = Wire<typeof AuditListResponse>;
/** The log's filters as the page holds them: `action` is a prefix (place. or place.move), `to` is exclusive. */
export type AuditFilters = ListFilters<typeof ListAuditQuery>;
