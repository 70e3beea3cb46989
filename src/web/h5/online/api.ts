import type { Vote } from '../../../shared/enums';
import { request } from '../lib/request';
import type { PostStatementInput, PublicOnline } from './types';

// the phone is recognised by its HttpOnly voter cookie, which the browser sends by itself
const path = (token: string) => `/api/public/online/${encodeURIComponent(token)}`;

export const getOnline = (token: string) => request<PublicOnline>(path(token));

/** An answered image challenge, asked for past a few new voters from one network. */
export type Answered = { id: string; answer: string };

/** Posts a statement (5–140 characters), signed with `name` or as 居民; answers the fresh page. */
export const postStatement = (token: string, body: PostStatementInput) =>
  request<PublicOnline>(`${path(token)}/statements`, body);

/** Agree, disagree or pass; voting again changes the vote. Answers the fresh page. */
export const voteOn = (token: string, statementId: string, vote: Vote, challenge?: Answered) =>
  request<PublicOnline>(`${path(token)}/statements/${encodeURIComponent(statementId)}/vote`, { vote, challenge });
