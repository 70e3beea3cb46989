import { Card, Empty, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { type FitColumn, FitTable } from '../../ui/FitTable';
import type { Recipient } from './types';

const VERDICT_COLORS = { adopted: 'green', partly_adopted: 'gold', not_adopted: 'red' } as const;

/**
 * Who it was sent to (报送对象), when they read it, their reply (答复) and any instruction (批示):
 * the reply and the 批示 share what the card leaves and wrap, so neither is cut off.
 */
export function RecipientsCard({ recipients, extra }: { recipients: Recipient[]; extra?: ReactNode }) {
  const { t } = useTranslation();
  const answer = (text: string | null, at: string | null, none: string) =>
    text ? (
      <>
        <Typography.Paragraph className="outcome-answer">{text}</Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(at)}
        </Typography.Text>
      </>
    ) : (
      <Typography.Text type="secondary">{none}</Typography.Text>
    );
  const columns: FitColumn<Recipient>[] = [
    {
      key: 'who',
      title: t('outcomes.recipients.who'),
      width: 170,
      render: (_, r) => (
        <>
          <div>{r.account.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.account.roles.map((g) => `${g.placeName}·${t(`roles.${g.role}`)}`).join('，')}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'sent',
      title: t('outcomes.recipients.sentAt'),
      width: 150,
      fit: 'extra',
      render: (_, r) => formatDateTime(r.sentAt),
    },
    {
      key: 'read',
      title: t('outcomes.recipients.read'),
      width: 150,
      render: (_, r) =>
        r.readAt ? (
          formatDateTime(r.readAt)
        ) : (
          <Typography.Text type="secondary">{t('outcomes.recipients.unread')}</Typography.Text>
        ),
    },
    {
      key: 'reply',
      title: t('outcomes.recipients.reply'),
      render: (_, r) => (
        <>
          {r.verdict && (
            <Tag color={VERDICT_COLORS[r.verdict]} style={{ marginBottom: 4 }}>
              {t(`outcomes.verdicts.${r.verdict}`)}
            </Tag>
          )}
          {r.verdictReason && <Typography.Paragraph className="outcome-answer">{r.verdictReason}</Typography.Paragraph>}
          {answer(r.reply, r.repliedAt, t('outcomes.recipients.noReply'))}
        </>
      ),
    },
    {
      key: 'instruction',
      title: t('outcomes.recipients.instruction'),
      render: (_, r) => answer(r.instruction, r.instructedAt, t('common.none')),
    },
  ];
  return (
    <Card size="small" title={t('outcomes.recipients.title')} extra={extra}>
      <FitTable<Recipient>
        size="small"
        columns={columns}
        dataSource={recipients}
        pagination={false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outcomes.recipients.none')} />,
        }}
      />
    </Card>
  );
}
