import { Empty, Radio, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScreeningGroups } from './api';
import type { ScreeningGroup } from './types';

type Props = { id?: string; value?: string[]; onChange?: (ids: string[]) => void; placeId?: string };

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Choose one group of similar submissions (网格筛题) in the council's area: its submissions become the topic's. */
export function GroupPicker({ id, value = [], onChange, placeId }: Props) {
  const { t } = useTranslation();
  const groups = useScreeningGroups(placeId);
  if (!placeId) return <Typography.Text type="secondary">{t('topics.create.pickPlaceFirst')}</Typography.Text>;
  if (groups.isPending) return <Spin size="small" />;
  const list = groups.data?.groups ?? [];
  if (list.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topics.groups.empty')} />;
  const chosen = list.find((g) =>
    sameIds(
      g.submissions.map((s) => s.id),
      value,
    ),
  );
  const ids = (g: ScreeningGroup) => g.submissions.map((s) => s.id);
  return (
    <Radio.Group
      id={id}
      value={chosen?.key}
      onChange={(e) => onChange?.(ids(list.find((g) => g.key === e.target.value) as ScreeningGroup))}
    >
      <Space orientation="vertical">
        {list.map((g) => (
          <Radio key={g.key} value={g.key}>
            <Space size={6} wrap>
              <span>{g.label}</span>
              <Tag color="blue">{t('topics.groups.size', { count: g.size })}</Tag>
              {g.keywords.slice(0, 3).map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  );
}
