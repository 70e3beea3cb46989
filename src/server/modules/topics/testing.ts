// Shared set-up for the topics tests: councils, submissions sorted to a council, topics.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type { TopicDetail } from '../../../shared/api/topics';
import type { Db } from '../../platform/db';
import { places } from '../../platform/db/schema';
import type { BuiltPlace } from '../../testing/factories';
import { type Agent, json } from '../../testing/harness';

export type Detail = Wire<typeof TopicDetail>;
export type ErrorBody = Wire<typeof ErrorBodySchema>;

export const ALL_MET = {
  small_scope: true,
  precise_aim: true,
  broad_relevance: true,
  leadership_priority: true,
  public_expectation: true,
  cppcc_capable: true,
};

export const giveCouncil = (db: Db, p: BuiltPlace) =>
  db.update(places).set({ hasCouncil: true }).where(eq(places.id, p.id));

/** A walk-in recorded by the liaison at `place`, optionally sorted on (to_township, to_community …). */
export async function submission(liaison: Agent, place: BuiltPlace, content: string, sortTo?: string) {
  const res = await liaison.post('/api/submissions', { placeId: place.id, channel: 'phone_call', content });
  expect(res.statusCode).toBe(201);
  const s = json<Wire<typeof SubmissionDetail>>(res);
  if (sortTo) expect((await liaison.post(`/api/submissions/${s.id}/actions`, { action: sortTo })).statusCode).toBe(200);
  return s;
}

/** Raises a topic and answers its detail (expects 201). */
export async function raiseTopic(by: Agent, body: Record<string, unknown>) {
  const res = await by.post('/api/topics', { title: '老旧小区加装电梯', description: '居民多次反映', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return json<Detail>(res);
}
