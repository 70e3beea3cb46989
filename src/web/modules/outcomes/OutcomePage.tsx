import './outcomes.css';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { DownloadButton } from '../../ui/DownloadButton';
import { useMe } from '../auth/api';
import { OutcomeEvaluationCard } from '../evaluations';
import { ProposalHandlingCard } from '../proposals';
import { OutcomeRevisitsCard } from '../revisits';
import { ImplementationReportButton, OutcomeTasksCard } from '../tasks';
import { AnswerCards } from './AnswerCard';
import { useOutcome } from './api';
import { CaseFileCard } from './CaseFileCard';
import { EditOutcomeModal } from './EditOutcomeModal';
import { OutcomeStatusTag, OutcomeTypeTag } from './OutcomeTags';
import { RecipientsCard } from './RecipientsCard';
import { SendModal } from './SendModal';
import type { OutcomeDetail } from './types';

/** /outcomes/:id — one outcome: its text and consensus, where it came from, 报送, replies and 批示. */
export default function OutcomePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useOutcome(id);
  useRecordTitle(detail.data?.code, t('outcomes.title'));

  return (
    <DetailPage backTo="/outcomes" backLabel={t('outcomes.detail.back')} detail={detail}>
      {detail.data && <OutcomeBody key={detail.data.id} outcome={detail.data} />}
    </DetailPage>
  );
}

function OutcomeBody({ outcome: o }: { outcome: OutcomeDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const [dialog, setDialog] = useState<'edit' | 'send'>();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Text copyable className="outcome-code">
            {o.code}
          </Typography.Text>
          <OutcomeTypeTag type={o.type} />
          <OutcomeStatusTag status={o.status} />
        </Flex>
        <Typography.Title level={1} className="page-title">
          {o.title}
        </Typography.Title>
        <Flex gap={8} wrap>
          {o.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('outcomes.detail.edit')}
            </Button>
          )}
          {o.abilities.send && (
            <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('send')}>
              {t('outcomes.send.open')}
            </Button>
          )}
          <DownloadButton
            url={`/api/outcomes/${o.id}/export.docx`}
            fileName={`${o.code}.docx`}
            label={t('outcomes.detail.exportWord')}
          />
          <ImplementationReportButton outcome={o} />
        </Flex>
      </div>
      <div className="outcome-columns">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('outcomes.detail.body')}>
            <Typography.Paragraph className="outcome-body">{o.body || t('common.none')}</Typography.Paragraph>
          </Card>
          <Card size="small" title={t('outcomes.detail.consensus')}>
            {o.consensus.length > 0 ? (
              <ol className="outcome-consensus">
                {o.consensus.map((c) => (
                  <li key={c.id}>
                    <span className="outcome-consensus-number">{c.number}.</span> {c.text}
                  </li>
                ))}
              </ol>
            ) : (
              <Typography.Text type="secondary">{t('outcomes.detail.noConsensus')}</Typography.Text>
            )}
          </Card>
          <RecipientsCard recipients={o.recipients} />
          <AnswerCards outcome={o} accountId={me.data?.id} />
          {o.status !== 'draft' && <OutcomeTasksCard outcome={o} />}
          {o.carriedOutAt && <OutcomeRevisitsCard outcomeId={o.id} />}
        </Space>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('outcomes.detail.sources')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'place', label: t('outcomes.place'), children: o.place.name },
                {
                  key: 'consultation',
                  label: t('outcomes.consultation'),
                  children: (
                    <Link to={`/consultations/${o.consultation.id}`}>
                      <span className="outcome-code">{o.consultation.code}</span> {o.consultation.title}
                    </Link>
                  ),
                },
                {
                  key: 'topic',
                  label: t('outcomes.topic'),
                  children: (
                    <Link to={`/topics/${o.topic.id}`}>
                      <span className="outcome-code">{o.topic.code}</span> {o.topic.title}
                    </Link>
                  ),
                },
                { key: 'by', label: t('outcomes.createdBy'), children: o.createdBy?.displayName ?? t('common.none') },
                { key: 'created', label: t('outcomes.createdAt'), children: formatDateTime(o.createdAt) },
                { key: 'sent', label: t('outcomes.sentAt'), children: formatDateTime(o.sentAt) || t('common.none') },
              ]}
            />
          </Card>
          {o.status !== 'draft' && <OutcomeEvaluationCard outcomeId={o.id} />}
          {o.type === 'proposal' && o.status !== 'draft' && <ProposalHandlingCard outcomeId={o.id} />}
          <CaseFileCard kind="outcome" id={o.id} />
        </Space>
      </div>
      <EditOutcomeModal outcome={o} open={dialog === 'edit'} onClose={() => setDialog(undefined)} />
      <SendModal outcome={o} open={dialog === 'send'} onClose={() => setDialog(undefined)} />
    </Space>
  );
}
