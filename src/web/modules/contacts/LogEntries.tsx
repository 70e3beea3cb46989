import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useRaiseFromLog } from './api';
import { ProblemModal } from './ProblemModal';
import type { ContactLog } from './types';

type Props = {
  items: ContactLog[] | undefined;
  loading: boolean;
  /** the contact's name on each entry (the log of all contacts) */
  showContact: boolean;
  showMember?: boolean;
  pagination?: false | { current: number; pageSize: number; total: number; onChange: (p: number, s: number) => void };
};

/** Times in touch, the latest first: what was said, the submissions it raised, and 转为诉求. */
export function LogEntries({ items, loading, showContact, showMember = false, pagination = false }: Props) {
  const { t } = useTranslation();
  const [raising, setRaising] = useState<ContactLog>();
  return (
    <>
      <List
        className="contact-log"
        loading={loading}
        dataSource={items}
        rowKey="id"
        pagination={pagination}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.emptyLogs')} /> }}
        renderItem={(e) => (
          <List.Item
            actions={
              e.canRaise
                ? [
                    <Button key="raise" size="small" onClick={() => setRaising(e)}>
                      {t('contacts.entry.raise')}
                    </Button>,
                  ]
                : []
            }
          >
            <div className="contact-log-entry">
              <Space size={6} wrap>
                <Tag color="blue">{t(`contacts.logKinds.${e.kind}`)}</Tag>
                <Typography.Text type="secondary">{formatDateTime(e.happenedAt)}</Typography.Text>
                {showContact &&
                  (e.contact ? (
                    <Link to={`/contacts/${e.contact.id}`}>{e.contact.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('contacts.entry.contactless')}</Typography.Text>
                  ))}
                <Typography.Text type="secondary">{e.place.name}</Typography.Text>
                {showMember && <Typography.Text>{e.member.displayName}</Typography.Text>}
              </Space>
              <Typography.Paragraph className="contact-log-summary">{e.summary}</Typography.Paragraph>
              {e.submissions.length > 0 && (
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{t('contacts.entry.raised')}</Typography.Text>
                  {e.submissions.map((s) => (
                    <Link key={s.id} to={`/submissions/${s.id}`} className="tracking-code">
                      {s.trackingCode}
                    </Link>
                  ))}
                </Space>
              )}
            </div>
          </List.Item>
        )}
      />
      {raising && <RaiseModal entry={raising} onClose={() => setRaising(undefined)} />}
    </>
  );
}

function RaiseModal({ entry, onClose }: { entry: ContactLog; onClose: () => void }) {
  const { t } = useTranslation();
  const raise = useRaiseFromLog(entry.id);
  return (
    <ProblemModal
      open
      title={t('contacts.problem.title')}
      placeId={entry.place.id}
      pending={raise.isPending}
      submit={async (input) => (await raise.mutateAsync(input)).submissions.at(-1)?.trackingCode}
      onClose={onClose}
    />
  );
}
