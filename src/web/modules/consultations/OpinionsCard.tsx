import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, Empty, Form, Input, Popconfirm, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STANCES, type Stance } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { formatDateTime } from '../../lib/format';
import { useAddOpinion, useDeleteEntry } from './api';
import { toOpinionInput } from './record-forms';
import { StanceTag } from './tags';
import type { ConsultationDetail } from './types';

type Values = { speakerName: string; stance: Stance; text: string };

/** 发言记录: opinions as they were voiced — who, their stance, what they said. */
export function OpinionsCard({
  consultation: c,
  isEditable,
}: {
  consultation: ConsultationDetail;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddOpinion(c.id);
  const remove = useDeleteEntry(c.id, 'opinions');

  const onFinish = (v: Values) =>
    add.mutate(toOpinionInput(v, c.participants), {
      onSuccess: () => {
        form.resetFields(['text']);
        message.success(t('consultations.opinions.added'));
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Card size="small" title={t('consultations.opinions.title')}>
      {c.opinions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.opinions.empty')} />
      ) : (
        <ol className="record-list">
          {c.opinions.map((o) => (
            <li key={o.id}>
              <div className="record-head">
                <Space size={8} wrap>
                  <strong>{o.speakerName}</strong>
                  <StanceTag stance={o.stance} />
                  <span className="muted">{formatDateTime(o.createdAt)}</span>
                </Space>
                {isEditable && (
                  <Popconfirm
                    title={t('consultations.opinions.deleteConfirm')}
                    okText={t('consultations.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutate(o.id, { onError: (err) => message.error(errorMessage(err)) })}
                  >
                    <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                      {t('consultations.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </div>
              <Typography.Paragraph className="pre-wrap record-text">{o.text}</Typography.Paragraph>
            </li>
          ))}
        </ol>
      )}
      {isEditable && (
        <Form<Values>
          form={form}
          name="opinion"
          layout="vertical"
          className="record-form"
          onFinish={onFinish}
          initialValues={{ stance: 'suggestion' }}
        >
          <Space wrap align="start" size={16}>
            <Form.Item
              name="speakerName"
              label={t('consultations.opinions.speaker')}
              rules={[
                { required: true, whitespace: true, max: 30, message: t('consultations.opinions.speakerRequired') },
              ]}
            >
              <AutoComplete
                style={{ width: 220 }}
                placeholder={t('consultations.opinions.speakerPlaceholder')}
                options={c.participants.map((p) => ({ value: p.name }))}
                showSearch={{
                  filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
                }}
              />
            </Form.Item>
            <Form.Item name="stance" label={t('consultations.opinions.stance')}>
              <Radio.Group
                optionType="button"
                options={STANCES.map((s) => ({ value: s, label: t(`consultations.stances.${s}`) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="text"
            label={t('consultations.opinions.text')}
            rules={[{ required: true, whitespace: true, max: 2000, message: t('consultations.opinions.textRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
            {t('consultations.opinions.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
