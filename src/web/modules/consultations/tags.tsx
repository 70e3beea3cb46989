import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationForm, ConsultationStatus, Stance, TopicStatus } from '../../../shared/enums';

const statusColors = {
  scheduled: 'blue',
  in_progress: 'orange',
  concluded: 'green',
  cancelled: 'default',
} as const satisfies Record<ConsultationStatus, string>;

const formColors = {
  meeting: 'geekblue',
  on_site: 'green',
  online: 'purple',
  building: 'cyan',
  door_to_door: 'gold',
  micro: 'lime',
  counterpart: 'magenta',
  sector: 'volcano',
} as const satisfies Record<ConsultationForm, string>;

const topicColors = {
  proposed: 'gold',
  accepted: 'blue',
  rejected: 'default',
  in_consultation: 'orange',
  concluded: 'green',
  withdrawn: 'default',
} as const satisfies Record<TopicStatus, string>;

const stanceColors = {
  support: 'green',
  oppose: 'red',
  neutral: 'default',
  suggestion: 'blue',
} as const satisfies Record<Stance, string>;

/** 已安排, 进行中 … */
export function StatusTag({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`consultations.statuses.${status}`)}</Tag>;
}

/** 会议协商, 现场协商, 网络协商 … */
export function FormTag({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  return <Tag color={formColors[form]}>{t(`consultations.forms.${form}`)}</Tag>;
}

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useTranslation();
  return <Tag color={topicColors[status]}>{t(`consultations.topicStatuses.${status}`)}</Tag>;
}

export function StanceTag({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  return <Tag color={stanceColors[stance]}>{t(`consultations.stances.${stance}`)}</Tag>;
}
