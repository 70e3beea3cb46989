import './proposals.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { AssignModal } from './AssignModal';
import { useProposalHandlings } from './api';
import { formatDate } from './format';
import { HandlingStatusTags, SatisfactionTag } from './HandlingTags';
import type { HandlingSummary, ProposalOf } from './types';

/**
 * 提案办理 on an outcome's or a member's writing's page: the units handling the proposal, each
 * opening its handling, and the form assigning more. Renders nothing for an outcome that is not a
 * proposal, or a writing that is not a forwarded proposal.
 */
export default function ProposalHandlingCard({ of }: { of: ProposalOf }) {
  const { t } = useTranslation();
  const card = useProposalHandlings(of);
  const [isAssigning, setIsAssigning] = useState(false);
  if (card.isError) return <Alert type="error" showIcon title={errorMessage(card.error)} />;
  if (!card.data?.isProposal) return null;
  const { items, canAssign, proposer } = card.data;

  const columns: TableColumnsType<HandlingSummary> = [
    {
      key: 'unit',
      title: t('proposals.list.unit'),
      render: (_, h) => <Link to={`/proposals/${h.id}`}>{h.unit.displayName}</Link>,
    },
    {
      key: 'status',
      title: t('proposals.list.status'),
      render: (_, h) => (
        <HandlingStatusTags status={h.status} isOverdue={h.isOverdue} rehandleCount={h.rehandleCount} />
      ),
    },
    { key: 'due', title: t('proposals.list.dueAt'), render: (_, h) => formatDate(h.dueAt) },
    {
      key: 'satisfaction',
      title: t('proposals.list.satisfaction'),
      render: (_, h) => <SatisfactionTag satisfaction={h.satisfaction} />,
    },
  ];
  return (
    <Card
      size="small"
      title={t('proposals.card.title')}
      extra={
        canAssign && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setIsAssigning(true)}>
            {t('proposals.card.assign')}
          </Button>
        )
      }
    >
      {items.length > 0 ? (
        <Table<HandlingSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposals.card.empty')} />
      )}
      {canAssign && (
        <AssignModal of={of} proposer={proposer} open={isAssigning} onClose={() => setIsAssigning(false)} />
      )}
    </Card>
  );
}
