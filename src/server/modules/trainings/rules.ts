// The pure rules of training (专题培训): when QR sign-in is open, where a session stands, credit
// hours as stored (tenths), and which materials are taken.
import { CHECK_IN_EARLY_HOURS, type TrainingState } from '../../../shared/access/trainings';
import { type DocumentType, documentMimeType } from '../../platform/attachments';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

const HOUR_MS = 3_600_000;

type Times = { startsAt: Date; endsAt: Date };

/**
 * QR sign-in opens two hours before the start and closes at the end of the day the session ends
 * (the deployment's calendar): latecomers of an afternoon session still sign in that evening.
 */
export function checkInWindow({ startsAt, endsAt }: Times) {
  return {
    opensAt: new Date(startsAt.getTime() - CHECK_IN_EARLY_HOURS * HOUR_MS),
    closesAt: shanghaiHour(shanghaiDate(endsAt), 24),
  };
}

/** Where a session stands at `now`: cancelled, before sign-in opens, signing in, or over. */
export function trainingState(t: Times & { archivedAt: Date | null }, now: Date): TrainingState {
  if (t.archivedAt) return 'cancelled';
  const { opensAt, closesAt } = checkInWindow(t);
  if (now < opensAt) return 'upcoming';
  return now < closesAt ? 'open' : 'ended';
}

/** Staff tick attendance once sign-in has opened (during the session or afterwards), never before. */
export const mayTick = (state: TrainingState) => state === 'open' || state === 'ended';

/** Credit hours as stored: tenths (1.5 h → 15). */
export const toTenths = (hours: number) => Math.round(hours * 10);
export const fromTenths = (tenths: number) => tenths / 10;

/** The end comes after the start. */
export const endsBeforeStart = ({ startsAt, endsAt }: Times) => endsAt.getTime() <= startsAt.getTime();

/** Materials (课件, 讲义, photos): PDF, Word, Excel, PowerPoint, JPG, PNG — by extension, confirmed by the first bytes. */
export const MATERIAL_TYPES = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'jpg',
  'jpeg',
  'png',
] as const satisfies readonly DocumentType[];

/** The MIME type of a material, or null when its name or its first bytes are not an allowed type. */
export const materialMimeType = (fileName: string, head: Uint8Array) =>
  documentMimeType(MATERIAL_TYPES, fileName, head);
