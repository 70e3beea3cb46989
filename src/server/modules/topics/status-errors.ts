import type { TopicStatus } from '../../../shared/enums';
import { TOPIC_STATUS_WORDS } from '../../../shared/messages/topics';
import { conflict } from '../../platform/errors';

/** 409 action_not_allowed, naming the topic's status in the caller's language. */
export const statusNotAllowed = (status: TopicStatus) =>
  conflict('action_not_allowed', { status: TOPIC_STATUS_WORDS[status] });

/** A topic status as an error parameter (localised by the error handler). */
export const topicStatusWords = (status: TopicStatus) => TOPIC_STATUS_WORDS[status];
