import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlaceKind } from '../../../shared/enums';

const colors = {
  district: 'geekblue',
  township: 'blue',
  subdistrict: 'blue',
  village: 'green',
  community: 'cyan',
  grid: 'default',
  enterprise: 'purple',
  park: 'gold',
} as const satisfies Record<PlaceKind, string>;

/** 区/县, 乡镇, 街道, 村, 社区 … as a coloured tag. */
export function KindTag({ kind }: { kind: PlaceKind }) {
  const { t } = useTranslation();
  return <Tag color={colors[kind]}>{t(`kinds.${kind}`)}</Tag>;
}
