import './whistles.css';
import { Alert, Card, Descriptions, type DescriptionsProps, Empty, Flex, Rate, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useWhistle } from './api';
import { WhistleStatusTag } from './tags';
import type { WhistleDetail } from './types';
import { WhistleSteps } from './WhistleSteps';
import { formatHours } from './whistle-form';

/** /whistles/:id — one whistle: the call, what the viewer may do, the answers and what was done. */
export default function WhistlePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useWhistle(id);
  useRecordTitle(detail.data?.code, t('whistles.title'));
  return (
    <DetailPage backTo="/whistles" backLabel={t('whistles.detail.back')} detail={detail}>
      {detail.data && <WhistleBody key={detail.data.id} whistle={detail.data} />}
    </DetailPage>
  );
}

function WhistleBody({ whistle: w }: { whistle: WhistleDetail }) {
  const { t } = useTranslation();
  return (
    <div className="whistle-page">
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Text copyable className="record-code">
            {w.code}
          </Typography.Text>
          <WhistleStatusTag status={w.status} isOverdue={w.isOverdue} />
        </Flex>
        <Typography.Title level={1} className="page-title whistle-title">
          {w.need}
        </Typography.Title>
        <Typography.Text type="secondary">
          {w.place.name} · {w.location}
        </Typography.Text>
      </div>
      <WhistleSteps whistle={w} />
      {w.status === 'closed' && (
        <Alert
          type="success"
          showIcon
          title={
            <span>
              {t('whistles.detail.closedNote')} <Rate disabled value={w.rating ?? 0} className="whistle-rate-small" />
            </span>
          }
          description={w.ratingNote ?? undefined}
        />
      )}
      {w.status === 'withdrawn' && <Alert type="warning" showIcon title={t('whistles.detail.withdrawnNote')} />}
      <div className="whistle-columns">
        <ResponsesCard whistle={w} />
        <FactsCard whistle={w} />
      </div>
    </div>
  );
}

function FactsCard({ whistle: w }: { whistle: WhistleDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const hours = (h: number | null) => (h === null ? none : t('whistles.hours', { hours: formatHours(h) }));
  const items: DescriptionsProps['items'] = [
    { key: 'place', label: t('whistles.detail.place'), children: w.place.name },
    { key: 'location', label: t('whistles.detail.location'), children: w.location },
    { key: 'raisedBy', label: t('whistles.detail.raisedBy'), children: w.raisedBy.displayName },
    { key: 'raisedAt', label: t('whistles.detail.raisedAt'), children: formatDateTime(w.createdAt) },
    { key: 'dueAt', label: t('whistles.detail.dueAt'), children: formatDateTime(w.dueAt) },
    {
      key: 'sectors',
      label: t('whistles.detail.sectors'),
      children: w.sectors.length
        ? w.sectors.map((s) => <Tag key={s}>{t(`sectors.${s}`)}</Tag>)
        : t('whistles.detail.none'),
    },
    {
      key: 'expertise',
      label: t('whistles.detail.expertise'),
      children: w.expertise.length ? w.expertise.map((e) => <Tag key={e}>{e}</Tag>) : t('whistles.detail.none'),
    },
    { key: 'first', label: t('whistles.detail.firstResponse'), children: hours(w.firstResponseHours) },
  ];
  if (w.status === 'closed')
    items.push(
      { key: 'closedAt', label: t('whistles.detail.closedAt'), children: formatDateTime(w.closedAt) },
      { key: 'close', label: t('whistles.detail.closeHours'), children: hours(w.closeHours) },
    );
  if (w.status === 'withdrawn')
    items.push({ key: 'withdrawnAt', label: t('whistles.detail.withdrawnAt'), children: formatDateTime(w.closedAt) });
  items.push({
    key: 'called',
    label: t('whistles.detail.called'),
    children: w.called.length
      ? w.called.map((p) => (
          <Tag key={p.id} color={p.kind === 'department' ? 'blue' : undefined}>
            {p.displayName}
          </Tag>
        ))
      : t('whistles.detail.calledNone'),
  });
  return (
    <Card size="small" title={t('whistles.detail.facts')}>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

/** 报到情况: each answer in the order it came, how soon, the responder's note and what they did. */
function ResponsesCard({ whistle: w }: { whistle: WhistleDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${t('whistles.detail.responses')}（${w.responses.length}）`}>
      {w.responses.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('whistles.detail.noResponses')} />
      ) : (
        <Timeline
          items={w.responses.map((r) => ({
            key: r.id,
            color: r.didWhat ? 'green' : 'blue',
            children: (
              <div className="whistle-response">
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong>{r.responder.displayName}</Typography.Text>
                  {r.id === w.myResponseId && <Tag color="gold">{t('whistles.detail.me')}</Tag>}
                  <Tag>{t(`whistles.detail.kinds.${r.responderKind}`)}</Tag>
                  <span className="muted">
                    {formatDateTime(r.answeredAt)} ·{' '}
                    {t('whistles.detail.answeredAfter', { hours: formatHours(r.responseHours) })}
                  </span>
                </Flex>
                {r.note && (
                  <p className="pre-wrap whistle-line">
                    <span className="muted">{t('whistles.detail.note')}：</span>
                    {r.note}
                  </p>
                )}
                {r.didWhat ? (
                  <p className="pre-wrap whistle-line">
                    <span className="muted">{t('whistles.detail.didWhat')}：</span>
                    {r.didWhat}
                    {r.doneAt && (
                      <span className="muted">
                        {' '}
                        （{t('whistles.detail.doneAt', { time: formatDateTime(r.doneAt) })}）
                      </span>
                    )}
                  </p>
                ) : (
                  <p className="muted whistle-line">{t('whistles.detail.notDone')}</p>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
