import { App, Checkbox, DatePicker, Form, Input, Modal, Segmented, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONTACT_LIMITS } from '../../../shared/api/contacts';
import { CONTACT_LOG_KINDS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { pickerNow } from '../../lib/deployment-day';
import { PlacePicker } from '../places';
import { useContacts, useLogContact } from './api';
import { ProblemFields } from './ProblemFields';
import { type LogValues, toLogInput } from './problem-form';

type Values = LogValues;

const NONE = '';

/** 记一次联系: a visit, call, meeting or message, and the problem raised filed in the same step. */
export function LogModal({ open, contactId, onClose }: { open: boolean; contactId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const log = useLogContact();
  const contacts = useContacts({ page: 1, pageSize: 100 });
  const own = contacts.data?.items ?? [];
  const chosen = Form.useWatch('contactId', form);
  const placeId = Form.useWatch('placeId', form);
  const isRaising = Form.useWatch('isRaising', form);
  const contactPlace = own.find((c) => c.id === chosen)?.place.id;

  const onFinish = (v: Values) =>
    log.mutate(toLogInput(v), {
      onSuccess: (entry) => {
        const code = entry.submissions.at(-1)?.trackingCode;
        message.success(code ? t('contacts.log.savedRaised', { code }) : t('contacts.log.saved'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('contacts.log.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={log.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ contactId: contactId ?? NONE, kind: 'visit', happenedAt: pickerNow() }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('contactId' in changed) form.setFieldValue('placeId', undefined);
        }}
      >
        <Form.Item name="contactId" label={t('contacts.log.contact')}>
          <Select
            options={[
              { value: NONE, label: t('contacts.log.contactNone') },
              ...own.map((c) => ({ value: c.id, label: `${c.name}（${c.place.name}）` })),
            ]}
          />
        </Form.Item>
        {!chosen && (
          <Form.Item
            name="placeId"
            label={t('contacts.log.place')}
            rules={[{ required: true, message: t('contacts.log.placeRequired') }]}
          >
            <PlacePicker />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('contacts.log.kind')}>
          <Segmented options={CONTACT_LOG_KINDS.map((k) => ({ value: k, label: t(`contacts.logKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="happenedAt"
          label={t('contacts.log.happenedAt')}
          rules={[
            { required: true, message: t('contacts.log.happenedRequired') },
            {
              validator: (_r, v: Dayjs | undefined) =>
                !v?.isAfter(pickerNow().add(1, 'minute'))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('contacts.log.notFuture'))),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isAfter(pickerNow(), 'day')}
            style={{ width: '100%', maxWidth: 240 }}
            inputReadOnly
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('contacts.log.summary')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: CONTACT_LIMITS.summary,
              message: t('contacts.log.summaryRequired'),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={CONTACT_LIMITS.summary}
            showCount
            placeholder={t('contacts.log.summaryPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="isRaising" valuePropName="checked">
          <Checkbox>{t('contacts.log.raise')}</Checkbox>
        </Form.Item>
        {isRaising && (
          <div className="contacts-raise">
            <ProblemFields at={{ item: ['raise'], full: ['raise'] }} placeId={contactPlace ?? placeId} />
          </div>
        )}
      </Form>
    </Modal>
  );
}
