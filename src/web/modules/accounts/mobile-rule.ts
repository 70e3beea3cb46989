import { MOBILE_RE } from '../../../shared/phone';

/** An optional mobile number: blank, or a mainland one (11 digits, 1[3-9]…) as the server checks it. */
export const mobileRule = (message: string) => ({
  validator: (_: unknown, value: string | undefined) =>
    !value?.trim() || MOBILE_RE.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(message)),
});
