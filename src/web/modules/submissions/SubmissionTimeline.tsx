import { Tag, Timeline, type TimelineProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { SubmissionEvent } from './types';

// colour by what a step means for the resident: raised, moved on, closed, stopped
const colorOf = (kind: string) => {
  if (kind === 'solve' || kind === 'rated') return 'green';
  if (kind === 'decline' || kind === 'reopen') return 'red';
  if (kind === 'submitted' || kind === 'reply') return 'blue';
  return 'gray';
};

/** Every step, oldest first: what, who, when, the note, and whether the resident sees it. */
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
      </div>
    ),
  }));
  return <Timeline items={items} />;
}
