import type { ProblemInput } from './types';

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
