import { Button, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/enums';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../shared/messages/audit';
import type { AuditFilters } from './api';

type Values = {
  action?: string;
  actor?: string;
  entityType?: string;
  signIns?: boolean;
  period?: [Dayjs | null, Dayjs | null] | null;
};
export type AuditQuery = Omit<AuditFilters, 'page' | 'pageSize'>;

/** Options in the reader's words, searchable by those words. */
const optionsOf = (labels: Record<string, Record<Locale, string>>, locale: Locale) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: label[locale] }));

/** Action, the person who acted, record type, sign-ins (hidden unless ticked) and a period of whole days. */
export function AuditFilterBar({ onApply }: { onApply: (q: AuditQuery) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [form] = Form.useForm<Values>();

  const apply = (v: Values) => {
    const [start, end] = v.period ?? [];
    onApply({
      action: v.action,
      actor: v.actor?.trim() || undefined,
      entityType: v.entityType,
      signIns: v.signIns ? 'true' : undefined,
      from: start ? start.startOf('day').toISOString() : undefined,
      to: end ? end.add(1, 'day').startOf('day').toISOString() : undefined, // the end day counts
    });
  };

  return (
    <Form form={form} layout="inline" onFinish={apply} className="toolbar" style={{ rowGap: 8 }}>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: 220 }}
          options={optionsOf(AUDIT_ACTION_LABELS, locale)}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input placeholder={t('audit.actorPlaceholder')} allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          options={optionsOf(AUDIT_ENTITY_LABELS, locale)}
        />
      </Form.Item>
      <Form.Item name="period" label={t('audit.period')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="signIns" valuePropName="checked">
        <Checkbox>{t('audit.signIns')}</Checkbox>
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('audit.query')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
