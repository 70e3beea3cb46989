import './duty.css';
import { EditOutlined, FileAddOutlined, PhoneOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AskEntryModal } from './AskEntryModal';
import { useHome } from './api';
import { formatClock, formatDay, formatPoints } from './format';
import { GradeTag } from './GradeTag';
import type { Home } from './types';

/** /home — 我的履职: a member's own page, one narrow column that reads on a phone. */
export default function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('duty.home.title'));
  const home = useHome();
  return (
    <div className="duty-home">
      <Typography.Title level={1} className="page-title">
        {t('duty.home.title')}
      </Typography.Title>
      {home.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {home.isError && (
        <Alert type="error" showIcon title={t('duty.home.failed')} description={errorMessage(home.error)} />
      )}
      {home.data && <HomeBody home={home.data} />}
    </div>
  );
}

function HomeBody({ home: h }: { home: Home }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Card size="small">
        <Typography.Text type="secondary">{t('duty.home.score', { year: h.year })}</Typography.Text>
        <div className="duty-home-score">
          <span className="score">{formatPoints(h.score.total)}</span>
          <GradeTag grade={h.score.grade} />
          {h.score.isFrozen && <Tag>{t('duty.home.frozen')}</Tag>}
          <Link to={`/duty/members/${h.member.id}`} style={{ marginInlineStart: 'auto' }}>
            {t('duty.home.ledger')} <RightOutlined />
          </Link>
        </div>
        {h.pendingEntries > 0 && (
          <Typography.Text type="secondary">
            {t('duty.home.pendingEntries', { count: h.pendingEntries })}
          </Typography.Text>
        )}
      </Card>

      <Card size="small" title={t('duty.home.quick')}>
        <div className="duty-home-quick">
          <Link to="/contacts?new=1">
            <Button block icon={<PhoneOutlined />}>
              {t('duty.home.newContact')}
            </Button>
          </Link>
          <Link to="/submissions?new=1">
            <Button block icon={<EditOutlined />}>
              {t('duty.home.newSubmission')}
            </Button>
          </Link>
          <Button block icon={<FileAddOutlined />} onClick={() => setAsking(true)}>
            {t('duty.home.askEntry')}
          </Button>
        </div>
      </Card>

      <Card size="small" title={t('duty.home.week')}>
        <Listed
          items={h.week}
          empty={t('duty.home.noWeek')}
          render={(i) => (
            <List.Item key={`${i.kind}-${i.id}`}>
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    {i.isToday && <Tag color="red">{t('duty.home.today')}</Tag>}
                    <Tag>{t(`duty.home.kinds.${i.kind}`)}</Tag>
                    <Link to={i.path}>{i.title}</Link>
                  </Space>
                }
                description={`${formatDay(i.startsAt)} ${formatClock(i.startsAt)} · ${i.venue ?? i.place.name}`}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card size="small" title={t('duty.home.whistles')}>
        <Listed
          items={h.whistles}
          empty={t('duty.home.noWhistles')}
          render={(w) => (
            <List.Item key={w.id}>
              <List.Item.Meta
                title={<Link to={w.path}>{w.need}</Link>}
                description={`${w.code} · ${w.place.name} · ${w.location} · ${t('duty.home.dueAt', { date: formatDay(w.dueAt) })}`}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card size="small" title={t('duty.home.invitations')}>
        <Listed
          items={h.invitations}
          empty={t('duty.home.noInvitations')}
          render={(c) => (
            <List.Item key={c.id}>
              <List.Item.Meta
                title={<Link to={c.path}>{c.title}</Link>}
                description={`${c.code} · ${c.place.name} · ${formatDay(c.startsAt)} ${formatClock(c.startsAt)}`}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card size="small" title={t('duty.home.contacts')}>
        <Listed
          items={h.dueContacts}
          empty={t('duty.home.noContacts')}
          render={(c) => (
            <List.Item key={c.id}>
              <List.Item.Meta
                title={
                  <Space size={6}>
                    <Link to={c.path}>{c.name}</Link>
                    <Tag>{t(`duty.home.contactKinds.${c.kind}`)}</Tag>
                  </Space>
                }
                description={`${c.place.name} · ${
                  c.lastContactAt
                    ? t('duty.home.lastContact', { date: formatDay(c.lastContactAt) })
                    : t('duty.home.neverContacted')
                }`}
              />
            </List.Item>
          )}
        />
      </Card>
      <AskEntryModal open={asking} onClose={() => setAsking(false)} />
    </>
  );
}

/** A card's list, or the words saying it is empty. */
function Listed<T>({ items, empty, render }: { items: T[]; empty: string; render: (item: T) => ReactNode }) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return <List size="small" dataSource={items} renderItem={render} />;
}
