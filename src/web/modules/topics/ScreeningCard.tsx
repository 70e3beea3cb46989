import { App, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCREENING_CRITERIA } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { formatDateTime } from '../../lib/format';
import { useScreenTopic } from './api';
import type { Criteria, ScreeningDecision, TopicDetail } from './types';

type Values = { criteria: Criteria; decision: ScreeningDecision; reason?: string };

// as the server's rule (topics/rules.ts): fewer met than this, and going ahead needs a reason
const PASS_MARK = 4;
const NONE_MET = Object.fromEntries(SCREENING_CRITERIA.map((c) => [c, false])) as Criteria;
const metOf = (criteria: Partial<Criteria> | undefined) => SCREENING_CRITERIA.filter((c) => criteria?.[c]).length;

/** 筛选: the six criteria (切口小、立意准、关联广；党政重视、群众期盼、政协能做), the decision and its reason. */
export function ScreeningCard({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const s = topic.screening;
  if (s) {
    return (
      <Card size="small" title={t('topics.screening.title')}>
        <div className="screening-criteria">
          {SCREENING_CRITERIA.map((c) => (
            <Checkbox key={c} checked={s.criteria[c]} disabled>
              {t(`topics.screening.criteria.${c}`)}
            </Checkbox>
          ))}
        </div>
        <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('topics.screening.decision')}>
            <Tag color={s.decision === 'accept' ? 'green' : 'red'}>{t(`topics.screening.decisions.${s.decision}`)}</Tag>
            {t('topics.screening.met', { count: metOf(s.criteria) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('topics.screening.reason')}>{s.reason ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('topics.screening.screenedBy')}>
            {s.screenedBy?.displayName ?? t('common.none')} · {formatDateTime(s.screenedAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('topics.screening.title')}>
      {topic.abilities.screen ? (
        <ScreeningForm topic={topic} />
      ) : (
        <Typography.Text type="secondary">{t('topics.screening.notYet')}</Typography.Text>
      )}
    </Card>
  );
}

function ScreeningForm({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const screen = useScreenTopic(topic.id);
  const criteria = Form.useWatch('criteria', form);
  const decision = Form.useWatch('decision', form);
  const met = metOf(criteria);
  const needsReason = decision === 'reject' || (decision === 'accept' && met < PASS_MARK);

  const onFinish = (v: Values) =>
    modal.confirm({
      title: t(`topics.screening.confirm.${v.decision}`, { title: topic.title }),
      content: t('topics.screening.confirmText'),
      okText: t(`topics.screening.decisions.${v.decision}`),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: v.decision === 'reject' },
      onOk: () =>
        screen
          .mutateAsync({
            criteria: { ...NONE_MET, ...v.criteria },
            decision: v.decision,
            reason: v.reason?.trim() || undefined,
          })
          .then(
            () => message.success(t(`topics.screening.done.${v.decision}`)),
            (err) => showFormError(form, err, message.error),
          ),
    });

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ criteria: NONE_MET }}>
      <Form.Item label={t('topics.screening.criteriaLabel')} extra={t('topics.screening.met', { count: met })}>
        <div className="screening-criteria">
          {SCREENING_CRITERIA.map((c) => (
            <Form.Item key={c} name={['criteria', c]} valuePropName="checked" noStyle>
              <Checkbox>{t(`topics.screening.criteria.${c}`)}</Checkbox>
            </Form.Item>
          ))}
        </div>
      </Form.Item>
      <Form.Item
        name="decision"
        label={t('topics.screening.decision')}
        rules={[{ required: true, message: t('topics.screening.decisionRequired') }]}
      >
        <Radio.Group
          options={(['accept', 'reject'] as const).map((d) => ({
            value: d,
            label: t(`topics.screening.decisions.${d}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('topics.screening.reason')}
        extra={t('topics.screening.reasonHelp')}
        rules={[
          { required: needsReason, whitespace: true, message: t('topics.screening.reasonRequired') },
          { max: 1000 },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={screen.isPending}>
        {t('topics.screening.submit')}
      </Button>
    </Form>
  );
}
