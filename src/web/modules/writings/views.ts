// Which lists a person gets and which opens first, and reading the list's filters back from the
// URL (no i18n, no React: tested in node).
import { WRITING_BOXES, WRITING_YEARS, type WritingBox } from '../../../shared/access/writings';
import { type Role, WRITING_KINDS, WRITING_STATUSES, type WritingStatus } from '../../../shared/enums';
import type { WritingFilters } from './types';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;
export const asBox = oneOf(WRITING_BOXES);
export const asKind = oneOf(WRITING_KINDS);
const asStatus = oneOf(WRITING_STATUSES);

/** The status filter's value in the URL that means "any status", overriding a default. */
export const ANY_STATUS = 'any';

/**
 * The boxes a person's roles give: their own (members), everything in reach (the office, leaders,
 * liaisons), what was forwarded to them (leaders, departments).
 */
export function boxesFor(roles: ReadonlySet<Role>): WritingBox[] {
  const boxes: WritingBox[] = [];
  if (roles.has('member')) boxes.push('mine');
  if (roles.has('cppcc') || roles.has('leader') || roles.has('liaison')) boxes.push('all');
  if (roles.has('leader') || roles.has('department')) boxes.push('received');
  return boxes.length > 0 ? boxes : ['all'];
}

/** What the list opens on: the office its queue (待审), a member their own, a department what it received. */
export function defaultView(roles: ReadonlySet<Role>): { box: WritingBox; status?: WritingStatus } {
  if (roles.has('cppcc')) return { box: 'all', status: 'submitted' };
  return { box: boxesFor(roles)[0] ?? 'all' };
}

/** A year the server accepts, or undefined. */
export function asYear(v: string | null): number | undefined {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= WRITING_YEARS.min && n <= WRITING_YEARS.max ? n : undefined;
}

/** The filters a URL's query holds, the person's default view filling what it leaves out. */
export function filtersOf(params: URLSearchParams, roles: ReadonlySet<Role>): WritingFilters {
  const fallback = defaultView(roles);
  const box = asBox(params.get('box')) ?? fallback.box;
  const status = params.get('status');
  // the default status belongs to the default box: another box opens on every status
  const defaultStatus = box === fallback.box ? fallback.status : undefined;
  return {
    box,
    status: status === ANY_STATUS ? undefined : (asStatus(status) ?? defaultStatus),
    kind: asKind(params.get('kind')),
    year: asYear(params.get('year')),
    q: params.get('q') ?? undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
}
