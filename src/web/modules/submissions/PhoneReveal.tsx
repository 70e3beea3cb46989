import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useRevealPhone } from './api';
import type { SubmissionDetail } from './types';

/** The masked number, and for those handling the item the full one — each view is audited. */
export function PhoneReveal({ submission }: { submission: SubmissionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reveal = useRevealPhone(submission.id);
  const masked = submission.phoneMasked;
  if (!masked) return <span>{t('common.none')}</span>;
  const full = reveal.data?.phone;
  if (full) return <a href={`tel:${full}`}>{full}</a>;
  return (
    <Space size={8} wrap>
      <span>{masked}</span>
      {submission.abilities.revealPhone && (
        <Popconfirm
          title={t('submissions.detail.revealConfirm')}
          okText={t('submissions.detail.revealPhone')}
          cancelText={t('common.cancel')}
          onConfirm={() => reveal.mutateAsync().catch((err: unknown) => message.error(errorMessage(err)))}
        >
          <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending}>
            {t('submissions.detail.revealPhone')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
