import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { showFormError } from '../../api/form-errors';
import { useProposeToPlan } from './api';
import { PlanStatusTag } from './TopicTags';
import type { TopicDetail } from './types';

type Values = { year: number; plannedMonth?: number; note?: string };

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The topic in its district's annual plan (年度协商计划), or a form to propose it there. */
export function PlanCard({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const plan = topic.plan;
  return (
    <Card size="small" title={t('topics.plan.card')}>
      {plan ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('topics.plan.year')}>
            <Link to={`/plan?district=${plan.district.id}&year=${plan.year}`}>
              {t('topics.plan.yearOf', { district: plan.district.name, year: plan.year })}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('topics.status')}>
            <PlanStatusTag status={plan.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('topics.plan.month')}>
            {plan.plannedMonth ? t('topics.plan.monthN', { month: plan.plannedMonth }) : t('topics.plan.monthAny')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph type="secondary">{t('topics.plan.none')}</Typography.Paragraph>
      )}
      {/* a topic is in a year's plan once: offered again for a later year (a returned one is proposed again on the plan) */}
      {topic.abilities.proposeToPlan && topic.district && (!plan || plan.year < new Date().getFullYear()) && (
        <ProposeForm topic={topic} districtId={topic.district.id} />
      )}
    </Card>
  );
}

function ProposeForm({ topic, districtId }: { topic: TopicDetail; districtId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form) ?? new Date().getFullYear();
  const propose = useProposeToPlan(districtId, year);
  const onFinish = (v: Values) =>
    propose.mutate(
      { topicId: topic.id, plannedMonth: v.plannedMonth ?? null, note: v.note?.trim() || undefined },
      {
        onSuccess: () => message.success(t('topics.plan.proposed', { year: v.year })),
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ year: new Date().getFullYear() }}>
      <Form.Item name="year" label={t('topics.plan.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="plannedMonth" label={t('topics.plan.month')}>
        <Select
          allowClear
          placeholder={t('topics.plan.monthAny')}
          options={MONTHS.map((m) => ({ value: m, label: t('topics.plan.monthN', { month: m }) }))}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item name="note" label={t('topics.plan.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={propose.isPending}>
        {t('topics.plan.propose')}
      </Button>
    </Form>
  );
}
