import { Tag, Timeline, type TimelineProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { SubmissionEvent } from './types';

// colour by what a step means for the resident: raised, moved on, closed, stopped
const colorOf = (kind: string) => {
  if (kind === 'solve' || kind === 'rated' || kind === 'outcome_carried_out') return 'green';
  if (kind === 'decline' || kind === 'reopen') return 'red';
  if (kind === 'submitted' || kind === 'reply') return 'blue';
  return 'gray';
};

const UNLINK_REASONS = ['unlinked', 'rejected', 'withdrawn'] as const;
const unlinkReason = (r: string | undefined) => UNLINK_REASONS.find((x) => x === r) ?? 'unlinked';

/** The words a step carries (kind + params: a topic's or an outcome's title and code), in the reader's language. */
function EventWords({ kind, params }: { kind: SubmissionEvent['kind']; params: Record<string, string> }) {
  const { t } = useTranslation();
  const topic = { title: params.title ?? '', code: params.code ?? '' };
  const text =
    kind === 'outcome_carried_out'
      ? t('submissions.eventParams.outcomeCarriedOut', {
          outcomeTitle: params.outcomeTitle ?? '',
          outcomeCode: params.outcomeCode ?? '',
        })
      : kind === 'topic'
        ? t('submissions.eventParams.topic', topic)
        : kind === 'topic_unlinked'
          ? t(`submissions.eventParams.topicUnlinked.${unlinkReason(params.reason)}`, topic)
          : null;
  // a step written before its words were kept as params carries only its note
  if (!text || (kind !== 'outcome_carried_out' && !topic.code)) return null;
  return <Typography.Paragraph className="timeline-note">{text}</Typography.Paragraph>;
}

/** Every step, oldest first: what, who, when, the note or its words, and whether the resident sees it. */
export function SubmissionTimeline({ events }: { events: SubmissionEvent[] }) {
  const { t } = useTranslation();
  const kinds = t('submissions.events', { returnObjects: true });
  const items: TimelineProps['items'] = events.map((e) => ({
    key: e.id,
    color: colorOf(e.kind),
    content: (
      <div className="timeline-step">
        <div className="timeline-at">{formatDateTime(e.at)}</div>
        <div>
          <Typography.Text strong>{kinds[e.kind as keyof typeof kinds] ?? e.kind}</Typography.Text>
          <Typography.Text type="secondary"> · {e.actorName ?? t('submissions.detail.resident')}</Typography.Text>
          {e.isPublic && (
            <Tag color="blue" className="timeline-public">
              {t('submissions.detail.public')}
            </Tag>
          )}
        </div>
        {e.note && <Typography.Paragraph className="timeline-note">{e.note}</Typography.Paragraph>}
        {e.params && <EventWords kind={e.kind} params={e.params} />}
      </div>
    ),
  }));
  return <Timeline items={items} />;
}
