import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingState } from '../../../shared/access/trainings';
import type { TrainingKind } from '../../../shared/enums';

const stateColors = {
  upcoming: 'blue',
  open: 'orange',
  ended: 'green',
  cancelled: 'default',
} as const satisfies Record<TrainingState, string>;

export function TrainingStateTag({ state }: { state: TrainingState }) {
  const { t } = useTranslation();
  return <Tag color={stateColors[state]}>{t(`trainings.states.${state}`)}</Tag>;
}

export function TrainingKindTag({ kind }: { kind: TrainingKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'course' ? 'geekblue' : 'cyan'}>{t(`trainings.kinds.${kind}`)}</Tag>;
}
