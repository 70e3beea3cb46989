// Tenths become points with one decimal, ledger rows become lines that open their records.
import { dutyRecordPath } from '../../../shared/access/duty';
import type { Assessment } from './assess';
import type { LedgerRow } from './ledger-sql';
import type { Closing, RuleSet } from './rules-store';
import { fromTenths, type KindScore } from './scoring';

export const presentKinds = (kinds: readonly KindScore[]) =>
  kinds.map((k) => ({
    kind: k.kind,
    count: k.count,
    raw: fromTenths(k.raw),
    points: fromTenths(k.points),
    cap: k.cap === null ? null : fromTenths(k.cap),
    isCapped: Math.abs(k.raw) > Math.abs(k.points),
  }));

export const presentLine = (l: LedgerRow & { points: number }) => ({
  id: l.id,
  kind: l.kind,
  at: l.at,
  record: {
    type: l.recordType,
    id: l.recordId,
    label: l.label,
    path: dutyRecordPath(l.recordType, l.recordId, l.contactId),
  },
  hours: l.kind === 'training_attended' && l.amount !== null ? fromTenths(l.amount) : null,
  points: fromTenths(l.points),
});

export const presentRulesRef = (set: RuleSet | undefined) =>
  set ? { id: set.id, place: set.place, version: set.version } : { id: null, place: null, version: null };

export const presentClosing = (c: Closing | undefined) =>
  c ? { place: c.place, closedAt: c.closedAt, closedBy: c.closedBy?.id ? c.closedBy : null } : null;

/** A member's points per kind (one decimal), for a ranking's row or the Excel ledger. */
export const byKindOf = (a: Assessment) =>
  Object.fromEntries(a.kinds.map((k) => [k.kind, fromTenths(k.points)])) as Record<KindScore['kind'], number>;
