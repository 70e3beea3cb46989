import type { Actor } from '../../platform/auth/actor';
import type { consultations } from '../../platform/db/schema';
import { canConsultation, consultationAbilities } from './policy';
import type { ConsultationRef } from './queries';
import { attendanceState, attendanceWindow } from './rules';
import type { ConsultationDetailOut } from './schemas';
import type { SummaryRow } from './summaries';

/** Absolute links: the attendance QR code (/a/<token>) and the online consultation's page (/o/<token>). */
export const signInLink = (publicUrl: string, token: string) => `${publicUrl}/a/${token}`;
export const publicLink = (publicUrl: string, token: string) => `${publicUrl}/o/${token}`;

/** What the consultation page is built from: its summary, its stored record and the lists of its record. */
export type ConsultationParts = {
  summary: SummaryRow;
  row: typeof consultations.$inferSelect;
} & Pick<
  ConsultationDetailOut,
  'steps' | 'participants' | 'opinions' | 'consensus' | 'dissents' | 'files' | 'outcomes' | 'group'
>;

/** The consultation page: the record, the links and what the viewer may do. */
export function presentConsultationDetail(
  actor: Actor,
  ref: ConsultationRef,
  publicUrl: string,
  { summary, row, ...lists }: ConsultationParts,
  now: Date,
): ConsultationDetailOut {
  const me = lists.participants.find((p) => p.accountId === actor.id) ?? null;
  return {
    ...summary,
    preStudy: row.preStudy,
    summary: row.summary,
    procedureName: row.procedureName,
    cancelReason: row.cancelReason,
    concludedAt: row.concludedAt,
    signInUrl: canConsultation(actor, 'manage', ref) ? signInLink(publicUrl, row.signInToken) : null,
    signInWindow: { state: attendanceState(row, now), ...attendanceWindow(row.startsAt) },
    publicUrl: row.form === 'online' && row.publicToken ? publicLink(publicUrl, row.publicToken) : null,
    ...lists,
    abilities: consultationAbilities(actor, { ...ref, status: row.status, startsAt: row.startsAt }, me, now),
  };
}
