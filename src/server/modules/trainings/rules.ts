// The pure rules of training (专题培训): when QR sign-in is open, where a session stands, credit
// hours as stored (tenths), and which materials are taken.
import { CHECK_IN_EARLY_HOURS, type TrainingState } from '../../../shared/access/trainings';
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

/** Materials (课件, 讲义, photos): by extension, confirmed by the file's first bytes. */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  doc: { mime: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] }, // OLE2
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b] },
  xls: { mime: 'application/vnd.ms-excel', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b] }, // zip
  ppt: { mime: 'application/vnd.ms-powerpoint', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [0x50, 0x4b] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
} as const satisfies Record<string, { mime: string; magic: readonly number[] }>;

/** The MIME type of a material, or null when its name or its first bytes are not an allowed type. */
export function materialMimeType(fileName: string, head: Uint8Array): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = (FILE_TYPES as Record<string, { mime: string; magic: readonly number[] }>)[ext];
  if (!type || !fileName.includes('.')) return null;
  return type.magic.every((b, i) => head[i] === b) ? type.mime : null;
}
