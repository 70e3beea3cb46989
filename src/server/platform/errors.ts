import type { ErrorCode, FieldMessageKey } from '../../shared/error-messages';

export type FieldError = { path: string; key: FieldMessageKey; params?: Record<string, unknown> };

/** An error the user can act on: a stable code, an HTTP status, optional per-field detail. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const conflict = (code: ErrorCode = 'conflict', params: Record<string, unknown> = {}) =>
  new AppError(409, code, params);
export const invalid = (fields: FieldError[], extra: Record<string, unknown> = {}) =>
  new AppError(400, 'invalid_input', {}, fields, extra);
/** One field is wrong for a reason the schema cannot see (a taken name, a forbidden parent). */
export const invalidField = (path: string, code: ErrorCode, params: Record<string, unknown> = {}, status = 409) =>
  new AppError(status, code, params, [], { field: path });
