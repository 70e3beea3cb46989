import type { Dayjs } from 'dayjs';
import type { ContactLogKind } from '../../../shared/enums';
import { pickedInstant } from '../../lib/deployment-day';
import type { CreateLogInput, ProblemInput } from './types';

/** What the problem fields hold. */
export type ProblemValues = {
  content: string;
  categoryId?: string;
  contactName?: string;
  phone?: string;
  consent?: boolean;
};

export const MOBILE = /^1[3-9]\d{9}$/; // as the server checks (shared/phone.ts)

const text = (v: string | undefined) => v?.trim() || undefined;

/** The request body: trimmed, empty fields left out, consent only with a name or number. */
export function toProblem(v: ProblemValues): ProblemInput {
  const contactName = text(v.contactName);
  const phone = text(v.phone);
  return {
    content: v.content.trim(),
    ...(v.categoryId ? { categoryId: v.categoryId } : {}),
    ...(contactName ? { contactName } : {}),
    ...(phone ? { phone } : {}),
    ...(contactName || phone ? { consent: v.consent === true } : {}),
  };
}

/** What the 记一次联系 form holds; the time is a dayjs from the picker. */
export type LogValues = {
  contactId?: string;
  placeId?: string;
  kind: ContactLogKind;
  happenedAt: Dayjs;
  summary: string;
  isRaising?: boolean;
  raise?: ProblemValues;
};

/** The log's body: the instant as picked where the deployment is (lib/deployment-day.ts), the problem only when raised. */
export const toLogInput = (v: LogValues): CreateLogInput => ({
  ...(v.contactId ? { contactId: v.contactId } : {}),
  ...(v.placeId ? { placeId: v.placeId } : {}),
  kind: v.kind,
  happenedAt: pickedInstant(v.happenedAt),
  summary: v.summary.trim(),
  ...(v.isRaising && v.raise ? { raise: toProblem(v.raise) } : {}),
});
