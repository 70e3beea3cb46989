import { CONTACT_LIMITS } from '../../../shared/api/contacts';

/** More contacts than a member is asked to keep (2–3): allowed, with a warning. */
export const isOverSoftMax = (count: number) => count > CONTACT_LIMITS.softMax;
