import type { Dayjs } from 'dayjs';
import type { TrainingKind } from '../../../shared/enums';
import { pickedInstant } from '../../lib/deployment-day';
import type { CreateTrainingInput, UpdateTrainingInput } from './types';

/** What the session form holds; times are dayjs values from the pickers. */
export type TrainingValues = {
  placeId?: string;
  kind: TrainingKind;
  title: string;
  description?: string | null;
  venue: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  hours: number;
  inviteAll?: boolean;
  memberIds?: string[];
};

const text = (v: string | null | undefined) => v?.trim() || null;

/** A new session's body: trimmed text, instants as picked where the deployment is (lib/deployment-day.ts), each member once. */
export const toCreateInput = (v: TrainingValues & { placeId: string }): CreateTrainingInput => ({
  placeId: v.placeId,
  kind: v.kind,
  title: v.title.trim(),
  description: text(v.description),
  venue: v.venue.trim(),
  startsAt: pickedInstant(v.startsAt),
  endsAt: pickedInstant(v.endsAt),
  hours: v.hours,
  inviteAll: Boolean(v.inviteAll),
  memberIds: [...new Set(v.memberIds ?? [])],
});

/** An edit's body: a cleared description is sent as null so the server clears it. */
export const toUpdateInput = (v: TrainingValues): UpdateTrainingInput => ({
  kind: v.kind,
  title: v.title.trim(),
  description: text(v.description),
  venue: v.venue.trim(),
  startsAt: pickedInstant(v.startsAt),
  endsAt: pickedInstant(v.endsAt),
  hours: v.hours,
});

/** Credit hours as the server takes them: 0.5 to 100, one decimal. */
export const isValidHours = (h: number | null | undefined) =>
  typeof h === 'number' && h >= 0.5 && h <= 100 && Math.abs(Math.round(h * 10) - h * 10) < 1e-9;

/** The years the lists offer: this one and the four before it. */
export const recentYears = (now = new Date()) => Array.from({ length: 5 }, (_, i) => now.getFullYear() - i);
