// The audit log's JSON as the console receives it, inferred from the wire contract.
import type { AuditEvent as AuditEventSchema, AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';

export type AuditEvent = Wire<typeof AuditEventSchema>;
export type AuditList = Wire<typeof AuditListResponse>;
