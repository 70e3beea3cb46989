import { SOURCE_ROLES, TOPIC_ROLES } from '../../../shared/access/topics';
import { type Role, type SubmissionStatus, TOPIC_SOURCES, type TopicSource } from '../../../shared/enums';
import type { Me } from '../../api/types';
import { reachDefault } from '../../lib/reach-default';

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** The sources the signed-in person may raise a topic from. */
export const raisableSources = (me: Me | null | undefined): TopicSource[] =>
  TOPIC_SOURCES.filter((s) => holds(me, SOURCE_ROLES[s]));

/** Liaisons screen frequent issues in grids (网格筛题). */
export const mayScreenGrids = (me: Me | null | undefined) => holds(me, SOURCE_ROLES.grid_screening);

/** Where plans are read: the districts where one holds a role that reads topics (and, when none, one's reach). */
export const planReach = (me: Me | null | undefined) =>
  reachDefault(me, TOPIC_ROLES.read, (p) => p.kind === 'district');

export const planDistricts = (me: Me | null | undefined) => planReach(me).choices;

/** The place of one's first topics role: the default for grid screening and the new-topic form. */
export const topicsHome = (me: Me | null | undefined) =>
  me?.grants.find((g) => (TOPIC_ROLES.read as readonly Role[]).includes(g.role))?.place;

// items sorted to a council (社区议事 / 街道议事) are candidate topics
const CANDIDATE_STATUSES: readonly SubmissionStatus[] = ['township', 'community'];

type Item = { status: SubmissionStatus; events: { kind: string }[] };

/** Is the item in a topic now? Its timeline says so: the last topic step is a link, not an unlink. */
const inTopic = (s: Item) =>
  s.events.filter((e) => e.kind === 'topic' || e.kind === 'topic_unlinked').at(-1)?.kind === 'topic';

/** May this person turn this submission into a topic (群众出题)? Sorted to a council, in no topic yet. */
export const mayMakeTopic = (me: Me | null | undefined, s: Item) =>
  CANDIDATE_STATUSES.includes(s.status) && !inTopic(s) && raisableSources(me).includes('submission');
