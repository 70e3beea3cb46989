import './receptions.css';
import { CalendarOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Form, List, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { useReceptions } from './api';
import { FillMonthModal } from './FillMonthModal';
import { SectorTag, StatusTag } from './ReceptionTags';
import { isMember, keepsRota, rotaHome } from './roles';
import { SlotModal } from './SlotModal';
import type { ReceptionSummary } from './types';
import { addDays, byDay, mondayOf, slotTime, thisMonday, weekFrom } from './week';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /receptions — 委员接待日: a place's rota week by week (the place of one's role at first), or a
 * member's own duties; those who keep the rota add a slot or fill a month. The week and place live
 * in the URL.
 */
export default function ReceptionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('receptions.title'));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const keeps = keepsRota(me.data);
  const member = isMember(me.data);
  const asked = params.get('week');
  const monday = asked && DAY_RE.test(asked) ? mondayOf(asked) : thisMonday();
  const mine = params.get('mine') === 'true' || (member && !keeps && params.get('mine') !== 'false');
  const placeId = params.get('placeId') ?? (mine ? undefined : rotaHome(me.data));
  const week = weekFrom(monday);
  const list = useReceptions(
    { from: week.from, to: week.to, ...(mine ? { mine: 'true' } : placeId ? { placeId } : {}) },
    Boolean(me.data),
  );
  const [adding, setAdding] = useState(false);
  const [filling, setFilling] = useState(false);
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };
  const weekdays = t('receptions.weekdays', { returnObjects: true }) as string[];
  const days = byDay(week.days, list.data?.items ?? []).filter((d) => d.slots.length > 0);

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} className="page-title">
          {t('receptions.title')}
        </Typography.Title>
        {keeps && (
          <Flex gap={8} wrap className="reception-actions">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('receptions.add')}
            </Button>
            <Button icon={<CalendarOutlined />} onClick={() => setFilling(true)}>
              {t('receptions.fill')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Form layout="inline" className="toolbar reception-toolbar">
        {member && (
          <Form.Item>
            <Segmented
              value={mine ? 'mine' : 'all'}
              onChange={(v) => set({ mine: v === 'mine' ? 'true' : 'false' })}
              options={[
                { value: 'mine', label: t('receptions.mine') },
                { value: 'all', label: t('receptions.all') },
              ]}
            />
          </Form.Item>
        )}
        {!mine && (
          <Form.Item label={t('receptions.place')} htmlFor="reception-place">
            <PlacePicker
              id="reception-place"
              value={placeId}
              onChange={(v) => set({ placeId: v })}
              placeholder={t('receptions.placeHint')}
              style={{ width: 240 }}
            />
          </Form.Item>
        )}
        <Form.Item>
          <Space.Compact>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('receptions.prevWeek')}
              onClick={() => set({ week: addDays(monday, -7) })}
            />
            <Button onClick={() => set({ week: undefined })}>
              {monday === thisMonday()
                ? t('receptions.thisWeek')
                : t('receptions.week', { from: week.days[0], to: week.days[6] })}
            </Button>
            <Button
              icon={<RightOutlined />}
              aria-label={t('receptions.nextWeek')}
              onClick={() => set({ week: addDays(monday, 7) })}
            />
          </Space.Compact>
        </Form.Item>
      </Form>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      {days.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.isFetching ? ' ' : t('receptions.empty')} />
      ) : (
        days.map(({ day, slots }) => (
          <section key={day} className="reception-day" aria-label={day}>
            <Typography.Text strong className="reception-day-head">
              {weekdays[week.days.indexOf(day)]} {day.slice(5)}
            </Typography.Text>
            <List dataSource={slots} rowKey="id" renderItem={(s) => <SlotRow slot={s} />} />
          </section>
        ))
      )}
      {adding && <SlotModal open placeId={placeId} onClose={() => setAdding(false)} />}
      {filling && <FillMonthModal open placeId={placeId} onClose={() => setFilling(false)} />}
    </>
  );
}

function SlotRow({ slot: s }: { slot: ReceptionSummary }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <div className="reception-slot">
        <Space size={6} wrap>
          <Link to={`/receptions/${s.id}`} className="reception-slot-time">
            {slotTime(s)}
          </Link>
          <StatusTag status={s.status} />
          <Typography.Text strong>{s.member.displayName}</Typography.Text>
          <SectorTag sector={s.member.sector} />
          {s.swappedFrom && (
            <Typography.Text type="secondary">
              {t('receptions.swappedFrom', { name: s.swappedFrom.displayName })}
            </Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" className="reception-slot-where">
          {s.place.name}
          {s.venue ? ` · ${s.venue}` : ''}
          {s.status === 'held' && s.visitors !== null ? ` · ${t('receptions.visitors', { count: s.visitors })}` : ''}
          {s.submissionCount > 0 ? ` · ${t('receptions.submissions', { count: s.submissionCount })}` : ''}
        </Typography.Text>
      </div>
    </List.Item>
  );
}
