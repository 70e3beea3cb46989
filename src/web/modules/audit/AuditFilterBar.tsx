import { AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from './api';

type Values = { action?: string; actor?: string; entityType?: string; period?: [Dayjs | null, Dayjs | null] | null };
export type AuditQuery = Omit<AuditFilters, 'page' | 'pageSize'>;

const PREFIXES = ['auth.', 'account.', 'grant.', 'place.', 'settings.'];

/** Action (prefix), actor, record type and a period of whole days. */
export function AuditFilterBar({ onApply }: { onApply: (q: AuditQuery) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const actions = t('audit.actions', { returnObjects: true });
  const entityTypes = t('audit.entityTypes', { returnObjects: true });
  const actionOptions = [
    ...PREFIXES.map((p) => ({ value: p, label: p })),
    ...Object.entries(actions).map(([code, label]) => ({ value: code, label: `${code} · ${label}` })),
  ];

  const apply = (v: Values) => {
    const [start, end] = v.period ?? [];
    onApply({
      action: v.action?.trim() || undefined,
      actor: v.actor?.trim() || undefined,
      entityType: v.entityType,
      from: start ? start.startOf('day').toISOString() : undefined,
      to: end ? end.add(1, 'day').startOf('day').toISOString() : undefined, // the end day counts
    });
  };

  return (
    <Form form={form} layout="inline" onFinish={apply} className="toolbar" style={{ rowGap: 8 }}>
      <Form.Item name="action" label={t('audit.action')}>
        <AutoComplete
          options={actionOptions}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: 220 }}
          allowClear
          showSearch={{
            filterOption: (input, o) =>
              String(o?.label ?? '')
                .toLowerCase()
                .includes(input.toLowerCase()),
          }}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input placeholder={t('audit.actorPlaceholder')} allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Select
          allowClear
          style={{ width: 120 }}
          options={Object.entries(entityTypes).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="period" label={t('audit.period')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
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
