import { DatePicker, Form, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deploymentDay, pickedDay, pickerToday } from '../../lib/deployment-day';
import { PERIOD_PRESETS, type Period, type PeriodPreset, presetOf, presetPeriod } from './period';

type Props = { value: Period; onChange: (p: Period) => void };

/** 本月 / 本季度 / 本年 / 去年 / 自定义: the presets count days where the deployment is. */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const today = deploymentDay(Date.now());
  const preset = presetOf(value, today);
  const options = [...PERIOD_PRESETS, 'custom' as const].map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) }));
  return (
    <Form.Item label={t('dashboard.period')}>
      <Space wrap>
        <Segmented<PeriodPreset | 'custom'>
          options={options}
          value={preset}
          onChange={(p) => {
            if (p !== 'custom') onChange(presetPeriod(p, today));
          }}
        />
        <DatePicker.RangePicker
          aria-label={t('dashboard.range')}
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          disabledDate={(d) => d.isAfter(pickerToday(), 'day')}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onChange({ from: pickedDay(from), to: pickedDay(to) });
          }}
        />
      </Space>
    </Form.Item>
  );
}
