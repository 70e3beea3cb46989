import type { Dayjs } from 'dayjs';
import type { MemberSector } from '../../../shared/enums';
import { pickedInstant } from '../../lib/deployment-day';
import type { CloseWhistleInput, RaiseWhistleInput, RecordDoneInput } from './types';

/** What the raise form holds; the due time is a dayjs from the picker. */
export type RaiseValues = {
  placeId: string;
  need: string;
  sectors?: MemberSector[];
  expertise?: string[];
  location: string;
  dueAt: Dayjs;
  departmentIds?: string[];
};

/** Expertise words as typed: trimmed, each once, none empty or longer than the server takes. */
export const cleanWords = (words: readonly string[] | undefined, max = 20) => [
  ...new Set((words ?? []).map((w) => w.trim()).filter((w) => w.length > 0 && w.length <= max)),
];

/** The request body: trimmed text, the instant as picked where the deployment is, each word once. */
export const toRaiseInput = (v: RaiseValues): RaiseWhistleInput => ({
  placeId: v.placeId,
  need: v.need.trim(),
  sectors: [...new Set(v.sectors ?? [])],
  expertise: cleanWords(v.expertise),
  location: v.location.trim(),
  dueAt: pickedInstant(v.dueAt),
  departmentIds: [...new Set(v.departmentIds ?? [])],
});

export type DoneValues = { didWhat: string; doneAt?: Dayjs | null };
export const toDoneInput = (v: DoneValues): RecordDoneInput => ({
  didWhat: v.didWhat.trim(),
  ...(v.doneAt ? { doneAt: pickedInstant(v.doneAt) } : {}),
});

export type CloseValues = { rating: number; note?: string };
export const toCloseInput = (v: CloseValues): CloseWhistleInput => ({
  rating: v.rating,
  ...(v.note?.trim() ? { note: v.note.trim() } : {}),
});

/** Hours as people read them: one decimal, none shown for a whole number (3, 1.5). */
export const formatHours = (hours: number) => String(Math.round(hours * 10) / 10);
