import { Timeline, type TimelineProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskEventKind } from '../../../shared/enums';
import { formatDateTime } from '../../lib/format';
import { type EventDetail, eventDetail } from './event-words';
import { FilesView } from './FilesView';
import { formatDate } from './format';
import type { TaskEvent } from './types';

// colour by what a step means for the task: done, pressed, sent back, or an ordinary step
const colors = {
  created: 'blue',
  edited: 'gray',
  progress: 'blue',
  done: 'green',
  cannot: 'red',
  carried_over: 'purple',
  accepted: 'green',
  returned: 'orange',
  urged: 'orange',
  escalated: 'red',
  instructed: 'red',
  reopened: 'orange',
  milestone_done: 'gray',
} as const satisfies Record<TaskEventKind, string>;

const EDITABLE = ['title', 'detail', 'ownerId', 'coUnits', 'dueAt'] as const;
type EditableField = (typeof EDITABLE)[number];
const isEditable = (f: string): f is EditableField => (EDITABLE as readonly string[]).includes(f);

/** Every step, oldest first: what (in the reader's language), who, when, their words, photos and files. */
export function TaskTimeline({ events }: { events: TaskEvent[] }) {
  const { t } = useTranslation();
  const detail = (d: EventDetail) => {
    switch (d.key) {
      case 'assigned':
        return t('tasks.eventDetails.assigned', { owner: d.owner });
      case 'escalatedTo':
        return t('tasks.eventDetails.escalatedTo', { leader: d.leader });
      case 'milestoneDone':
      case 'milestoneUndone':
        return t(`tasks.eventDetails.${d.key}`, { milestone: d.milestone });
      case 'dueMoved':
        return t('tasks.eventDetails.dueMoved', { dueAt: formatDate(d.dueAt) });
      case 'edited': {
        const fields = d.fields.map((f) => (isEditable(f) ? t(`tasks.fields.${f}`) : f));
        return t('tasks.eventDetails.edited', { fields: fields.join(t('tasks.listSeparator')) });
      }
    }
  };
  if (events.length === 0) return <Typography.Text type="secondary">{t('tasks.page.noEvents')}</Typography.Text>;

  const items: TimelineProps['items'] = events.map((e) => {
    const more = eventDetail(e);
    return {
      key: e.id,
      color: colors[e.kind],
      content: (
        <div>
          <div className="timeline-at">{formatDateTime(e.at)}</div>
          <div>
            <Typography.Text strong>{t(`tasks.events.${e.kind}`)}</Typography.Text>
            {more && <Typography.Text> {detail(more)}</Typography.Text>}
            <Typography.Text type="secondary"> · {e.actor ?? t('tasks.page.someone')}</Typography.Text>
          </div>
          {e.note && <Typography.Paragraph className="timeline-note">{e.note}</Typography.Paragraph>}
          <FilesView files={e.files} size={72} />
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
