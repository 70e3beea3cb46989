import type { Dayjs } from 'dayjs';
import type { ConsultationForm, TopicStatus, TopicUrgency } from '../../../shared/enums';
import { pickedInstant } from '../../lib/deployment-day';
import type { ScheduleInput, UpdateConsultationInput } from './types';

/** What the schedule form holds; dates are dayjs values from the pickers. */
export type ScheduleValues = {
  topicId: string;
  placeId: string;
  form: ConsultationForm;
  title: string;
  venue?: string;
  startsAt: Dayjs;
  endsAt?: Dayjs | null;
  procedureId?: string | null;
  preStudy?: string;
  groupId?: string | null; // the organising 专委会
};

const text = (v: string | null | undefined) => v?.trim() || undefined;

/** The request body: trimmed text, instants as picked where the deployment is (lib/deployment-day.ts), empty optional fields left out. */
export function toScheduleInput(v: ScheduleValues): ScheduleInput {
  const venue = text(v.venue);
  const preStudy = text(v.preStudy);
  return {
    topicId: v.topicId,
    placeId: v.placeId,
    title: v.title.trim(),
    form: v.form,
    startsAt: pickedInstant(v.startsAt),
    ...(v.endsAt ? { endsAt: pickedInstant(v.endsAt) } : {}),
    ...(venue ? { venue } : {}),
    ...(preStudy ? { preStudy } : {}),
    ...(v.procedureId ? { procedureId: v.procedureId } : {}),
    ...(v.groupId ? { groupId: v.groupId } : {}),
  };
}

export type EditValues = {
  title: string;
  venue?: string | null;
  startsAt: Dayjs;
  endsAt?: Dayjs | null;
  summary?: string | null;
  groupId?: string | null;
};

/** The edit form's body: cleared optional fields are sent as null so the server clears them. */
export function toUpdateInput(v: EditValues): UpdateConsultationInput {
  return {
    title: v.title.trim(),
    venue: text(v.venue) ?? null,
    startsAt: pickedInstant(v.startsAt),
    endsAt: v.endsAt ? pickedInstant(v.endsAt) : null,
    summary: text(v.summary) ?? null,
    groupId: v.groupId || null,
  };
}

/** Online consultations open at `startsAt` and close at `endsAt`, so they need both. */
export const needsEnd = (form: ConsultationForm | undefined) => form === 'online';

/** A fixed meeting day (逢十说事, 月月谈) at the time already chosen, else at 9 in the morning. */
export function atDay(day: Dayjs, time: Dayjs | null | undefined): Dayjs {
  const base = day.startOf('day');
  return time ? base.hour(time.hour()).minute(time.minute()) : base.hour(9);
}

/**
 * May a consultation be scheduled on a topic in this state? Accepted topics, those already in
 * consultation or concluded (another round), and — 急事快议 — urgent topics still waiting to be screened.
 */
export function isSchedulable(topic: { status: TopicStatus; urgency: TopicUrgency }) {
  if (topic.status === 'proposed') return topic.urgency === 'urgent';
  return topic.status === 'accepted' || topic.status === 'in_consultation' || topic.status === 'concluded';
}
