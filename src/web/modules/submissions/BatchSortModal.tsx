import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { App, Form, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useDepartments, useSortMany } from './api';
import { SortTargetFields, StepNoteField } from './SortTargetFields';
import type { SortManyResult, SubmissionSummary } from './types';

const TARGETS = ['to_grid', 'to_community', 'to_township', 'to_department'] as const;
type Target = (typeof TARGETS)[number];
type Values = { action: Target; placeId?: string; departmentId?: string; note?: string };

type Props = {
  /** The chosen items (all 待分办 when chosen); closed when empty. */
  items: readonly SubmissionSummary[];
  open: boolean;
  /** Where departments are looked up: the inbox's place, else the actor's first. */
  placeId: string | undefined;
  onClose: (sorted: boolean) => void;
};

/**
 * 批量分办: the chosen items sent to one place the way 分办 sends one (a level and its place, or a
 * department), confirmed, then each item's outcome: done, or why it was left as it was.
 */
export function BatchSortModal({ items, open, placeId, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch('action', form) ?? 'to_community';
  const departments = useDepartments(placeId, open && action === 'to_department');
  const sort = useSortMany();
  const [results, setResults] = useState<SortManyResult[]>();
  const close = () => {
    onClose(results !== undefined);
    setResults(undefined);
  };

  const send = (v: Values) => {
    const note = v.note?.trim() || undefined;
    const ids = items.map((s) => s.id);
    const body =
      v.action === 'to_department'
        ? { ids, action: v.action, note, departmentId: v.departmentId ?? '' }
        : { ids, action: v.action, note, placeId: v.placeId };
    sort.mutate(body, {
      onSuccess: (r) => setResults(r.results),
      onError: (err) => showFormError(form, err, message.error),
    });
  };
  const confirm = (v: Values) =>
    modal.confirm({
      title: t('submissions.batch.confirm', { count: items.length, action: t(`submissions.actions.${v.action}`) }),
      okText: t('submissions.batch.go'),
      cancelText: t('common.cancel'),
      onOk: () => send(v),
    });

  const code = (id: string) => items.find((s) => s.id === id)?.trackingCode ?? id;
  const title = t('submissions.batch.title', { count: items.length });
  if (results) {
    return (
      <Modal
        open={open}
        title={t('submissions.batch.results')}
        onOk={close}
        onCancel={close}
        footer={null}
        destroyOnHidden
      >
        <List
          aria-label={t('submissions.batch.results')}
          dataSource={results}
          renderItem={(r) => (
            <List.Item>
              <Typography.Text strong className="tracking-code">
                {code(r.id)}
              </Typography.Text>
              {r.ok ? (
                <Typography.Text type="success">
                  <CheckCircleOutlined />{' '}
                  {t('submissions.batch.done', { status: t(`submissions.statuses.${r.status}`) })}
                </Typography.Text>
              ) : (
                <Typography.Text type="danger">
                  <CloseCircleOutlined /> {r.message}
                </Typography.Text>
              )}
            </List.Item>
          )}
        />
      </Modal>
    );
  }
  return (
    <Modal
      open={open}
      title={title}
      okText={t('submissions.batch.go')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={sort.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{items.map((s) => s.trackingCode).join('、')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={confirm}
        initialValues={{ action: 'to_community' }}
        preserve={false}
      >
        <Form.Item name="action" label={t('submissions.batch.action')}>
          <Select options={TARGETS.map((a) => ({ value: a, label: t(`submissions.actions.${a}`) }))} />
        </Form.Item>
        <SortTargetFields action={action} departments={departments} />
        <StepNoteField />
      </Form>
    </Modal>
  );
}
