import { request } from '../lib/request';
import type { Attended, AttendRequest, PublicAttendance } from './types';

const path = (token: string) => `/api/public/attendance/${encodeURIComponent(token)}`;

export const getAttendance = (token: string) => request<PublicAttendance>(path(token));

/** Signs in; signing in twice answers the first sign-in. A staff member signed in on this phone is matched by account. */
export const signInAttendance = (token: string, body: AttendRequest) => request<Attended>(path(token), body, true);
