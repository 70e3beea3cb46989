import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GroupPosition, MemberGroupKind } from '../../../shared/enums';
import type { GroupSummary } from './types';

const kindColors = {
  committee: 'geekblue',
  sector: 'purple',
  council: 'green',
  activity: 'orange',
  district_group: 'blue',
  local_group: 'cyan',
} as const satisfies Record<MemberGroupKind, string>;

const positionColors = { lead: 'red', liaison: 'gold', member: 'default' } as const satisfies Record<
  GroupPosition,
  string
>;

/** 专委会, 界别组, 议事会固定成员 … as a coloured tag. */
export function GroupKindTag({ kind }: { kind: MemberGroupKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`memberGroups.kinds.${kind}`)}</Tag>;
}

/** 组长, 联络员, 成员 as a tag. */
export function PositionTag({ position }: { position: GroupPosition }) {
  const { t } = useTranslation();
  return <Tag color={positionColors[position]}>{t(`memberGroups.positions.${position}`)}</Tag>;
}

/** What tells a group apart in a list: its sector, its council, or its pair. */
export function GroupNote({ group: g }: { group: GroupSummary }) {
  const { t } = useTranslation();
  const text = g.sector
    ? t(`sectors.${g.sector}`)
    : g.councilPlace
      ? t('memberGroups.list.councilOf', { place: g.councilPlace.name })
      : g.pairedGroup
        ? t('memberGroups.list.pairedWith', { name: g.pairedGroup.name })
        : '';
  return text ? (
    <Typography.Text type="secondary" ellipsis={{ tooltip: text }} style={{ maxWidth: 200 }}>
      {text}
    </Typography.Text>
  ) : (
    t('common.none')
  );
}
