// The writings module's door (社情民意信息, 提案 written by members).

export { writingRoutes } from './routes';
export { CODE_PREFIX, draftCode } from './rules';
export { type WritingAuditAction, writingAudit } from './steps';
