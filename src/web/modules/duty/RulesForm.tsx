import { App, Button, Form, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isDeduction } from '../../../shared/access/duty';
import { DUTY_LIMITS } from '../../../shared/api/duty';
import { DUTY_KINDS, type DutyKind } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useCloseYear, useSaveRules } from './api';
import type { RuleSetView, Rules } from './types';

type Values = { kinds: Record<DutyKind, { points: number; cap: number | null }>; grades: Rules['grades'] };
const GRADE_LINES = ['excellent', 'competent', 'basically_competent'] as const;

/** What one point of a kind means: per record, per hour of training, per absence, per manual entry at most. */
const pointsLabel = (kind: DutyKind) =>
  kind === 'training_attended'
    ? 'duty.rules.perHour'
    : kind === 'manual'
      ? 'duty.rules.perEntry'
      : isDeduction(kind)
        ? 'duty.rules.deduct'
        : 'duty.rules.points';

const number = (max: number) => ({ min: 0, max, step: 0.5, precision: 1 });

/** The year's rules as a form: a row per kind (points, cap), the grade lines; save or close the year. */
export function RulesForm({ view }: { view: RuleSetView }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRules();
  const close = useCloseYear();
  const editable = view.abilities.edit;

  const onFinish = (v: Values) =>
    save.mutate(
      {
        placeId: view.place.id,
        year: view.year,
        rules: {
          kinds: Object.fromEntries(
            DUTY_KINDS.map((k) => [k, { points: v.kinds[k].points, cap: v.kinds[k].cap ?? null }]),
          ) as Rules['kinds'],
          grades: v.grades,
        },
      },
      {
        onSuccess: (saved) => message.success(t('duty.rules.saved', { version: saved.applied.version ?? 1 })),
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  const onClose = () =>
    modal.confirm({
      title: t('duty.rules.closeTitle', { place: view.place.name, year: view.year }),
      content: t('duty.rules.closeText'),
      okText: t('duty.rules.closeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        close
          .mutateAsync({ placeId: view.place.id, year: view.year })
          .then(() => message.success(t('duty.rules.closedDone', { year: view.year })))
          .catch((err) => showFormError(form, err, message.error)),
    });

  const rows = DUTY_KINDS.map((kind) => ({ kind }));
  return (
    <Form<Values> form={form} layout="vertical" disabled={!editable} initialValues={view.rules} onFinish={onFinish}>
      <Table
        className="duty-rules-table"
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'kind', title: t('duty.rules.kind'), render: (_, r) => t(`duty.kinds.${r.kind}`) },
          {
            key: 'points',
            title: t('duty.rules.value'),
            render: (_, r) => (
              <Space size={8}>
                <Form.Item name={['kinds', r.kind, 'points']} rules={[{ required: true }]} noStyle>
                  <InputNumber
                    {...number(DUTY_LIMITS.rulePoints)}
                    aria-label={`${t(`duty.kinds.${r.kind}`)} ${t(pointsLabel(r.kind))}`}
                  />
                </Form.Item>
                <Typography.Text type="secondary">{t(pointsLabel(r.kind))}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'cap',
            title: t('duty.rules.cap'),
            render: (_, r) => (
              <Form.Item name={['kinds', r.kind, 'cap']} style={{ margin: 0 }}>
                <InputNumber
                  {...number(DUTY_LIMITS.rulePoints)}
                  placeholder={t('duty.rules.noCap')}
                  aria-label={`${t(`duty.kinds.${r.kind}`)} ${t('duty.rules.cap')}`}
                />
              </Form.Item>
            ),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('duty.rules.grades')}
      </Typography.Title>
      <Space wrap size="middle" align="start">
        {GRADE_LINES.map((g, i) => (
          <Form.Item
            key={g}
            name={['grades', g]}
            label={t('duty.rules.gradeLine', { grade: t(`duty.grades.${g}`) })}
            dependencies={i < 2 ? [['grades', GRADE_LINES[i + 1] as string]] : []}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value: number | null) => {
                  const below =
                    i < 2 ? (getFieldValue(['grades', GRADE_LINES[i + 1] as string]) as number | null) : null;
                  return value !== null && below !== null && value <= below
                    ? Promise.reject(new Error(t('duty.rules.gradeOrder')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber {...number(DUTY_LIMITS.rulePoints)} />
          </Form.Item>
        ))}
      </Space>
      <Typography.Paragraph type="secondary">{t('duty.rules.incompetentNote')}</Typography.Paragraph>
      {editable && (
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('duty.rules.save')}
          </Button>
          <Button danger onClick={onClose} loading={close.isPending}>
            {t('duty.rules.close')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
