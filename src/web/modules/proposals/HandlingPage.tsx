import './proposals.css';
import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HandlingAction } from '../../../shared/access/proposals';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useHandling } from './api';
import { formatDate } from './format';
import { HandlingSteps } from './HandlingSteps';
import { CategoryTag, HandlingStatusTags, SatisfactionTag } from './HandlingTags';
import { MeetModal, RateModal, RehandleModal, ReplyModal } from './StepModals';
import type { HandlingDetail } from './types';

/** /proposals/:id — one unit's handling of a proposal: the proposal, reply, meeting, rating and steps. */
export default function HandlingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useHandling(id);
  useRecordTitle(detail.data?.proposal.code, t('proposals.title'));
  return (
    <DetailPage backTo="/proposals" backLabel={t('proposals.detail.back')} detail={detail}>
      {detail.data && <HandlingBody key={detail.data.id} handling={detail.data} />}
    </DetailPage>
  );
}

// the step the status waits for comes first, as the primary button
const ORDER: HandlingAction[] = ['reply', 'meet', 'rate', 'rehandle'];

function HandlingBody({ handling: h }: { handling: HandlingDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<HandlingAction>();
  const onBehalf = h.proposerAccount === null;
  const actions = ORDER.filter((a) => h.abilities[a]);
  const label = (a: HandlingAction) =>
    a === 'rate' && onBehalf ? t('proposals.actions.rateFor') : t(`proposals.actions.${a}`);
  const close = () => setDialog(undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Text copyable className="proposal-code">
            {h.proposal.code}
          </Typography.Text>
          <HandlingStatusTags status={h.status} isOverdue={h.isOverdue} rehandleCount={h.rehandleCount} />
        </Flex>
        <Typography.Title level={1} className="page-title">
          {h.proposal.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('proposals.detail.subtitle', { unit: h.unit.displayName, proposer: h.proposer })}
        </Typography.Paragraph>
        {actions.length > 0 && (
          <Flex gap={8} wrap>
            {actions.map((a, i) => (
              <Button
                key={a}
                type={i === 0 ? 'primary' : 'default'}
                danger={a === 'rehandle'}
                onClick={() => setDialog(a)}
              >
                {label(a)}
              </Button>
            ))}
          </Flex>
        )}
      </div>
      <div className="proposal-columns">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ReplyCard h={h} />
          <MeetingCard h={h} />
          <RatingCard h={h} />
          <Card
            size="small"
            title={t('proposals.detail.proposal')}
            extra={h.proposal.canOpen && <OpenProposal proposal={h.proposal} />}
          >
            <Typography.Paragraph className="proposal-text">{h.proposal.body || t('common.none')}</Typography.Paragraph>
          </Card>
        </Space>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <FactsCard h={h} />
          <Card size="small" title={t('proposals.detail.steps')}>
            <HandlingSteps steps={h.steps} />
          </Card>
        </Space>
      </div>
      <ReplyModal handling={h} open={dialog === 'reply'} onClose={close} />
      <MeetModal handling={h} open={dialog === 'meet'} onClose={close} />
      <RateModal handling={h} open={dialog === 'rate'} onClose={close} onBehalf={onBehalf} />
      <RehandleModal handling={h} open={dialog === 'rehandle'} onClose={close} />
    </Space>
  );
}

/** A card for one part of the handling, or the words saying it has not happened yet. */
/** The link to the proposal's own page: the outcome's, or the member's writing's. */
function OpenProposal({ proposal: p }: { proposal: HandlingDetail['proposal'] }) {
  const { t } = useTranslation();
  return p.source === 'writing' ? (
    <Link to={`/writings/${p.id}`}>{t('proposals.detail.openWriting')}</Link>
  ) : (
    <Link to={`/outcomes/${p.id}`}>{t('proposals.detail.openOutcome')}</Link>
  );
}

function PartCard({
  title,
  done,
  none,
  children,
}: {
  title: string;
  done: boolean;
  none: string;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title}>
      {done ? children : <Typography.Text type="secondary">{none}</Typography.Text>}
    </Card>
  );
}

function ReplyCard({ h }: { h: HandlingDetail }) {
  const { t } = useTranslation();
  return (
    <PartCard title={t('proposals.detail.reply')} done={h.repliedAt !== null} none={t('proposals.detail.noReply')}>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <CategoryTag category={h.replyCategory} />
        <Typography.Text type="secondary">{formatDateTime(h.repliedAt)}</Typography.Text>
      </Flex>
      <Typography.Paragraph className="proposal-text">{h.reply}</Typography.Paragraph>
    </PartCard>
  );
}

function MeetingCard({ h }: { h: HandlingDetail }) {
  const { t } = useTranslation();
  return (
    <PartCard title={t('proposals.detail.meeting')} done={h.metAt !== null} none={t('proposals.detail.noMeeting')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'at', label: t('proposals.detail.metAt'), children: formatDateTime(h.metAt) },
          { key: 'with', label: t('proposals.detail.metWith'), children: h.metWith },
          { key: 'note', label: t('proposals.detail.note'), children: h.meetingNote || t('common.none') },
        ]}
      />
    </PartCard>
  );
}

function RatingCard({ h }: { h: HandlingDetail }) {
  const { t } = useTranslation();
  return (
    <PartCard title={t('proposals.detail.rating')} done={h.satisfaction !== null} none={t('proposals.detail.noRating')}>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <SatisfactionTag satisfaction={h.satisfaction} />
        <Typography.Text type="secondary">{formatDateTime(h.satisfactionAt)}</Typography.Text>
      </Flex>
      {h.satisfactionNote && (
        <Typography.Paragraph className="proposal-text">{h.satisfactionNote}</Typography.Paragraph>
      )}
    </PartCard>
  );
}

function FactsCard({ h }: { h: HandlingDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('proposals.detail.facts')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'unit', label: t('proposals.detail.unit'), children: h.unit.displayName },
          { key: 'proposer', label: t('proposals.detail.proposer'), children: h.proposer },
          { key: 'place', label: t('proposals.list.place'), children: h.place.name },
          { key: 'year', label: t('proposals.detail.year'), children: h.year },
          { key: 'due', label: t('proposals.detail.dueAt'), children: formatDate(h.dueAt) },
          {
            key: 'round',
            label: t('proposals.rehandled'),
            children:
              h.rehandleCount > 0 ? t('proposals.detail.round', { round: h.rehandleCount + 1 }) : t('common.none'),
          },
          {
            key: 'by',
            label: t('proposals.detail.assignedBy'),
            children: h.createdBy?.displayName ?? t('common.none'),
          },
          { key: 'at', label: t('proposals.detail.assignedAt'), children: formatDateTime(h.createdAt) },
        ]}
      />
    </Card>
  );
}
