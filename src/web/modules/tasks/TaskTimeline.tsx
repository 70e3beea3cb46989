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
        // 修改了：完成期限、责任单位；完成期限改为 2026年6月30日；责任单位改为 区住建局
        const fields = d.fields.map((f) => t(`tasks.fields.${f}`)).join(t('tasks.listSeparator'));
        const values = d.changedTo.map((c) =>
          c.field === 'dueAt'
            ? t('tasks.eventDetails.dueMoved', { dueAt: formatDate(c.dueAt) })
            : t('tasks.eventDetails.ownerChanged', { owner: c.owner }),
        );
        return [t('tasks.eventDetails.edited', { fields }), ...values].join(t('tasks.clauseSeparator'));
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
