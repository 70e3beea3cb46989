import { App, Checkbox, Form, Input, Modal, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useDebounced } from '../../lib/use-debounced';
import { useProposeToPlan, useTopics } from './api';
import { MONTHS } from './PlanCard';
import { TopicStatusTag } from './TopicTags';
import type { Plan } from './types';

type Values = { topicId: string; plannedMonth?: number; note?: string; approve?: boolean };

// topics that passed screening (or went on to consultation) may be planned
const PLANNABLE = 'accepted,in_consultation,concluded';

/** 提出议题: an accepted topic of the district into the year's plan; a leader may approve it at once. */
export function ProposeModal({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const topics = useTopics(
    { status: PLANNABLE, placeId: plan.district.id, q: q || undefined, page: 1, pageSize: 20 },
    open,
  );
  const propose = useProposeToPlan(plan.district.id, plan.year);
  const planned = new Set(plan.items.map((i) => i.topic.id));

  const onFinish = (v: Values) =>
    propose.mutate(
      {
        topicId: v.topicId,
        plannedMonth: v.plannedMonth ?? null,
        note: v.note?.trim() || undefined,
        approve: v.approve,
      },
      {
        onSuccess: () => {
          message.success(t(v.approve ? 'topics.plan.approvedNow' : 'topics.plan.proposed', { year: plan.year }));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('topics.plan.proposeTitle', { district: plan.district.name, year: plan.year })}
      okText={t('topics.plan.propose')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={propose.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="topicId"
          label={t('topics.plan.topic')}
          extra={t('topics.plan.topicHelp')}
          rules={[{ required: true, message: t('topics.plan.topicRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
            placeholder={t('topics.plan.topicPlaceholder')}
            notFoundContent={topics.isFetching ? <Spin size="small" /> : t('topics.plan.noTopics')}
            optionLabelProp="label"
            options={(topics.data?.items ?? []).map((topic) => ({
              value: topic.id,
              label: `${topic.code} ${topic.title}`,
              disabled: planned.has(topic.id),
              display: (
                <Space size={6}>
                  <span className="topic-code">{topic.code}</span>
                  <span>{topic.title}</span>
                  <TopicStatusTag status={topic.status} />
                </Space>
              ),
            }))}
            optionRender={(option) => option.data.display}
          />
        </Form.Item>
        <Form.Item name="plannedMonth" label={t('topics.plan.month')}>
          <Select
            allowClear
            placeholder={t('topics.plan.monthAny')}
            options={MONTHS.map((m) => ({ value: m, label: t('topics.plan.monthN', { month: m }) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('topics.plan.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {plan.abilities.decide && (
          <Form.Item name="approve" valuePropName="checked">
            <Checkbox>{t('topics.plan.approveNow')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
