// The writings module's door (社情民意信息, 提案 written by members).

export { visibleWritings } from './policy';
export { findVisibleWriting, type WritingRow } from './queries';
export { writingRoutes } from './routes';
export { CODE_PREFIX } from './rules';
export { type WritingAuditAction, writingAudit } from './steps';
