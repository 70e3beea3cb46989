import { MOBILE_RE } from '../../../shared/phone';
import type { NewSubmission } from '../api/types';
import type { Translate } from '../i18n';

export const CONTENT_MIN = 5;
export const CONTENT_MAX = 1000;

export type Draft = {
  content: string;
  categoryId: string;
  placeId: string;
  /** 委员会客厅: the member written to, or '' */
  addressedMemberId: string;
  contactName: string;
  phone: string;
  consent: boolean;
};
export type DraftField = keyof Draft | 'photoIds';
export type FieldErrors = Partial<Record<DraftField, string>>;

export const emptyDraft: Draft = {
  content: '',
  categoryId: '',
  placeId: '',
  addressedMemberId: '',
  contactName: '',
  phone: '',
  consent: false,
};

/** People type numbers with spaces and dashes: 138 0013 8000. */
export const normalizePhone = (phone: string) => phone.replace(/[\s-]/g, '');

/** The same checks the server makes, so most mistakes are caught before the slow network. */
export function validateDraft(d: Draft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const content = d.content.trim();
  if (content.length < CONTENT_MIN) errors.content = t('contentTooShort', { min: CONTENT_MIN });
  else if (content.length > CONTENT_MAX) errors.content = t('contentTooLong', { max: CONTENT_MAX });
  const phone = normalizePhone(d.phone);
  if (phone && !MOBILE_RE.test(phone)) errors.phone = t('phoneInvalid');
  if ((phone || d.contactName.trim()) && !d.consent) errors.consent = t('consentRequired');
  return errors;
}

/** The request body: empty optional fields left out, consent sent only with contact details. */
export function toRequest(d: Draft, photoIds: string[]): NewSubmission {
  const phone = normalizePhone(d.phone);
  const contactName = d.contactName.trim();
  const hasContact = Boolean(phone || contactName);
  return {
    content: d.content.trim(),
    ...(d.categoryId ? { categoryId: d.categoryId } : {}),
    ...(d.placeId ? { placeId: d.placeId } : {}),
    ...(d.addressedMemberId ? { addressedMemberId: d.addressedMemberId } : {}),
    ...(contactName ? { contactName } : {}),
    ...(phone ? { phone } : {}),
    ...(hasContact ? { consent: d.consent } : {}),
    photoIds,
  };
}

/** Field names as the server reports them ("content", "phone", "(body)") mapped to the form's. */
export function serverFieldErrors(fields: { path: string; message: string }[]): FieldErrors {
  const known: DraftField[] = [
    'content',
    'categoryId',
    'placeId',
    'addressedMemberId',
    'contactName',
    'phone',
    'consent',
    'photoIds',
  ];
  const errors: FieldErrors = {};
  for (const f of fields) {
    const name = known.find((k) => f.path === k || f.path.startsWith(`${k}.`));
    if (name && !errors[name]) errors[name] = f.message;
  }
  return errors;
}
