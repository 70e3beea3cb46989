import { BulbOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Flex, Form, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { useScreeningGroups } from './api';
import { topicsHome } from './roles';
import type { ScreeningGroup } from './types';

type Props = { onToTopic: (group: ScreeningGroup, placeId: string) => void };

/** 网格筛题: groups of similar open submissions in a place, each one click from becoming a topic. */
export function ScreeningGroupsView({ onToTopic }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [chosen, setChosen] = useState<string>();
  const placeId = chosen ?? topicsHome(me.data)?.id;
  const groups = useScreeningGroups(placeId);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label={t('topics.groups.place')} htmlFor="groups-place">
          <PlacePicker id="groups-place" value={placeId} onChange={setChosen} style={{ width: 280 }} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {t('topics.groups.intro')}
        {groups.data && ` ${t('topics.groups.scanned', { count: groups.data.scanned })}`}
      </Typography.Text>
      {!placeId && <Empty description={t('topics.groups.pickPlace')} />}
      {groups.isError && <Alert type="error" showIcon title={errorMessage(groups.error)} />}
      {groups.isFetching && !groups.data && <Skeleton active />}
      {groups.data?.groups.length === 0 && <Empty description={t('topics.groups.empty')} />}
      {groups.data?.groups.map((g) => (
        <Card
          key={g.key}
          size="small"
          title={
            <Space size={8} wrap>
              <span>{g.label}</span>
              <Tag color="blue">{t('topics.groups.size', { count: g.size })}</Tag>
            </Space>
          }
          extra={
            placeId && (
              <Button type="primary" icon={<BulbOutlined />} onClick={() => onToTopic(g, placeId)}>
                {t('topics.groups.toTopic')}
              </Button>
            )
          }
        >
          <Flex wrap gap={4} align="center" style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">{t('topics.groups.keywords')}</Typography.Text>
            {g.keywords.length ? g.keywords.map((k) => <Tag key={k}>{k}</Tag>) : t('common.none')}
            <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
              {t('topics.groups.places')}
            </Typography.Text>
            {g.places.map((p) => p.name).join('、')}
          </Flex>
          <Collapse
            size="small"
            items={[
              {
                key: 'items',
                label: t('topics.groups.items', { count: g.size }),
                children: (
                  <ul className="group-items">
                    {g.submissions.map((s) => (
                      <li key={s.id}>
                        <Space size={8} wrap>
                          <Link to={`/submissions/${s.id}`} className="topic-code">
                            {s.trackingCode}
                          </Link>
                          <span>{s.content}</span>
                          <Typography.Text type="secondary">
                            {s.place.name} · {formatDateTime(s.createdAt)}
                          </Typography.Text>
                        </Space>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
