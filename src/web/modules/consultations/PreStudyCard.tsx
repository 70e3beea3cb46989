import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useUpdateConsultation } from './api';
import type { ConsultationDetail } from './types';

/** 调研: what was found out before the meeting (visits, surveys, figures). */
export function PreStudyCard({
  consultation: c,
  isEditable,
}: {
  consultation: ConsultationDetail;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateConsultation(c.id);
  const [draft, setDraft] = useState<string>();
  const isEditing = draft !== undefined;

  const save = () =>
    update.mutate(
      { preStudy: draft?.trim() || null },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          setDraft(undefined);
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  return (
    <Card
      size="small"
      title={t('consultations.preStudy.title')}
      extra={
        isEditable &&
        !isEditing && (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDraft(c.preStudy ?? '')}>
            {t('consultations.preStudy.edit')}
          </Button>
        )
      }
    >
      {isEditing ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('consultations.preStudy.label')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 16 }}
            maxLength={5000}
            showCount
          />
          <Space>
            <Button type="primary" loading={update.isPending} onClick={save}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setDraft(undefined)}>{t('common.cancel')}</Button>
          </Space>
        </Space>
      ) : c.preStudy ? (
        <Typography.Paragraph className="pre-wrap record-text">{c.preStudy}</Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t('consultations.preStudy.empty')}</Typography.Text>
      )}
    </Card>
  );
}
