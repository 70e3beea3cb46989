import type { z } from 'zod';
import type { ListAuditQuery } from '../../../shared/api/audit';

export * from '../../../shared/api/audit';

export type ListAuditInput = z.infer<typeof ListAuditQuery>;
