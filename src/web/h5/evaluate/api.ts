import { request } from '../lib/request';
import type { PublicEvaluation, ResidentEvaluationInput } from './types';

// the phone is recognised by its HttpOnly cookie, which the browser sends by itself
const path = (token: string) => `/api/public/evaluations/${encodeURIComponent(token)}`;

export const getEvaluation = (token: string) => request<PublicEvaluation>(path(token));

/** Sends this phone's evaluation (again: it changes it); answers the fresh page. */
export const sendEvaluation = (token: string, body: ResidentEvaluationInput) =>
  request<PublicEvaluation>(path(token), body);
