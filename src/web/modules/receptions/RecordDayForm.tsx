import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import { showFormError } from '../../api/form-errors';
import { ProblemFields, type ProblemValues, toProblem } from '../contacts';
import { useReceptionStep } from './api';
import type { ReceptionDetail } from './types';

type Values = { visitors: number; summary: string; problems?: ProblemValues[] };

/**
 * The day held, recorded on the spot (a phone in hand): how many came, what happened, and each
 * problem to deal with — each filed as a submission with the record, all or nothing.
 */
export function RecordDayForm({ slot }: { slot: ReceptionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const step = useReceptionStep(slot.id);

  const onFinish = (v: Values) =>
    step.mutate(
      {
        step: 'record',
        body: { visitors: v.visitors, summary: v.summary.trim(), problems: (v.problems ?? []).map(toProblem) },
      },
      {
        onSuccess: () => message.success(t('receptions.record.done')),
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Card size="small" title={t('receptions.record.title')} className="reception-record">
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ visitors: 0, problems: [] }}>
        <Form.Item
          name="visitors"
          label={t('receptions.record.visitors')}
          rules={[{ required: true, message: t('receptions.record.visitorsRequired') }]}
        >
          <InputNumber min={0} max={RECEPTION_LIMITS.visitors} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('receptions.record.summary')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: RECEPTION_LIMITS.summary,
              message: t('receptions.record.summaryRequired'),
            },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={RECEPTION_LIMITS.summary}
            showCount
            placeholder={t('receptions.record.summaryPlaceholder')}
          />
        </Form.Item>
        <Form.List name="problems">
          {(rows, { add, remove }) => (
            <Form.Item label={t('receptions.record.problems')}>
              {rows.map((row, i) => (
                <Card
                  key={row.key}
                  size="small"
                  className="reception-problem"
                  title={t('receptions.record.problemNo', { n: i + 1 })}
                  extra={
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('receptions.record.removeProblem')}
                      onClick={() => remove(row.name)}
                    />
                  }
                >
                  <ProblemFields at={{ item: [row.name], full: ['problems', row.name] }} placeId={slot.place.id} />
                </Card>
              ))}
              {rows.length < RECEPTION_LIMITS.problems && (
                <Button icon={<PlusOutlined />} onClick={() => add({})} block>
                  {t('receptions.record.addProblem')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={step.isPending} block className="reception-submit">
          {t('receptions.record.submit')}
        </Button>
      </Form>
    </Card>
  );
}
