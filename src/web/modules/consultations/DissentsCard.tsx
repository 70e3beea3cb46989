import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { useAddDissent, useDeleteEntry } from './api';
import { toDissentInput } from './record-forms';
import type { ConsultationDetail } from './types';

type Values = { holderName: string; consensusItemId?: string; text: string };

/** 保留意见: dissent kept on record, optionally against one consensus item. */
export function DissentsCard({
  consultation: c,
  isEditable,
}: {
  consultation: ConsultationDetail;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddDissent(c.id);
  const remove = useDeleteEntry(c.id, 'dissents');
  const numberOf = new Map(c.consensus.map((i) => [i.id, i.number]));

  const onFinish = (v: Values) =>
    add.mutate(toDissentInput(v), {
      onSuccess: () => form.resetFields(),
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Card size="small" title={t('consultations.dissents.title')}>
      {c.dissents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.dissents.empty')} />
      ) : (
        <ul className="record-list">
          {c.dissents.map((d) => {
            const n = d.consensusItemId ? numberOf.get(d.consensusItemId) : undefined;
            return (
              <li key={d.id}>
                <div className="record-head">
                  <Space size={8} wrap>
                    <strong>{d.holderName}</strong>
                    {n !== undefined && <Tag>{t('consultations.dissents.againstItem', { n })}</Tag>}
                  </Space>
                  {isEditable && (
                    <Popconfirm
                      title={t('consultations.dissents.deleteConfirm')}
                      okText={t('consultations.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutate(d.id, { onError: (err) => message.error(errorMessage(err)) })}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                        {t('consultations.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </div>
                <Typography.Paragraph className="pre-wrap record-text">{d.text}</Typography.Paragraph>
              </li>
            );
          })}
        </ul>
      )}
      {isEditable && (
        <Form<Values> form={form} name="dissent" layout="vertical" className="record-form" onFinish={onFinish}>
          <Space wrap align="start" size={16}>
            <Form.Item
              name="holderName"
              label={t('consultations.dissents.holder')}
              rules={[
                { required: true, whitespace: true, max: 30, message: t('consultations.dissents.holderRequired') },
              ]}
            >
              <Input maxLength={30} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="consensusItemId" label={t('consultations.dissents.against')}>
              <Select
                allowClear
                style={{ width: 220 }}
                placeholder={t('consultations.dissents.againstNone')}
                options={c.consensus.map((i) => ({
                  value: i.id,
                  label: `${t('consultations.dissents.againstItem', { n: i.number })}：${i.text.slice(0, 16)}`,
                }))}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="text"
            label={t('consultations.dissents.text')}
            rules={[{ required: true, whitespace: true, max: 1000, message: t('consultations.dissents.textRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
            {t('consultations.dissents.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
