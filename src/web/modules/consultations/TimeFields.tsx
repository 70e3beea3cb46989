import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export const DATE_TIME = 'YYYY-MM-DD HH:mm';

/** 结束时间, or for an online consultation its closing time, which it cannot do without. */
export function EndsAtField({ isOnline }: { isOnline: boolean }) {
  const { t } = useTranslation();
  const label = isOnline ? t('consultations.scheduleForm.closesAt') : t('consultations.scheduleForm.endsAt');
  return (
    <Form.Item
      name="endsAt"
      label={label}
      dependencies={['startsAt']}
      extra={isOnline ? t('consultations.scheduleForm.onlineHelp') : undefined}
      rules={[
        { required: isOnline, message: t('consultations.scheduleForm.endsRequired') },
        ({ getFieldValue }) => ({
          validator: (_rule, end: Dayjs | null | undefined) => {
            const start: Dayjs | undefined = getFieldValue('startsAt');
            return !end || !start || end.isAfter(start)
              ? Promise.resolve()
              : Promise.reject(new Error(t('consultations.scheduleForm.endsBeforeStart')));
          },
        }),
      ]}
    >
      <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: 220 }} />
    </Form.Item>
  );
}
