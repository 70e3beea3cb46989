import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_CHANNELS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCategories, useRecordWalkIn } from './api';
import type { WalkInInput } from './types';

type Values = Omit<WalkInInput, 'consent'> & { consent?: boolean };

const CHANNELS = SUBMISSION_CHANNELS.filter((c): c is WalkInInput['channel'] => c !== 'qr' && c !== 'partner');
const MOBILE = /^1[3-9]\d{9}$/; // as the server checks (submissions/rules.ts)

/** A liaison or member records what a resident raised in person, by phone or on patrol. */
export function WalkInModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordWalkIn();
  const placeId = Form.useWatch('placeId', form);
  const contactName = Form.useWatch('contactName', form);
  const phone = Form.useWatch('phone', form);
  const categories = useCategories(placeId);
  const categoryOptions = categories.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? [];
  // personal information needs the resident's consent (PIPL), asked only when some is given
  const hasContact = Boolean(contactName?.trim() || phone?.trim());

  const onFinish = (v: Values) =>
    record.mutate(
      {
        placeId: v.placeId,
        channel: v.channel,
        content: v.content.trim(),
        categoryId: v.categoryId,
        contactName: v.contactName?.trim() || undefined,
        phone: v.phone?.trim() || undefined,
        consent: hasContact ? v.consent === true : undefined,
      },
      {
        onSuccess: (s) => {
          message.success(t('submissions.walkIn.created', { code: s.trackingCode }));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('submissions.walkIn.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        // a category belongs to a place and those beneath it: choose again after moving
        onValuesChange={(changed: Partial<Values>) => {
          if ('placeId' in changed) form.setFieldValue('categoryId', undefined);
        }}
        initialValues={{ channel: 'walk_in' }}
        preserve={false}
      >
        <Form.Item
          name="placeId"
          label={t('submissions.walkIn.place')}
          rules={[{ required: true, message: t('submissions.walkIn.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item name="channel" label={t('submissions.walkIn.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`submissions.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('submissions.walkIn.content')}
          rules={[
            { required: true, whitespace: true, min: 5, max: 1000, message: t('submissions.walkIn.contentRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        {categoryOptions.length > 0 && (
          <Form.Item name="categoryId" label={t('submissions.walkIn.category')}>
            <Select allowClear options={categoryOptions} />
          </Form.Item>
        )}
        <Form.Item name="contactName" label={t('submissions.walkIn.contactName')} rules={[{ max: 30 }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('submissions.walkIn.phone')}
          rules={[{ pattern: MOBILE, message: t('submissions.walkIn.phoneInvalid') }]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        {hasContact && (
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: (_rule, checked: boolean | undefined) =>
                  checked ? Promise.resolve() : Promise.reject(new Error(t('submissions.walkIn.consentRequired'))),
              },
            ]}
          >
            <Checkbox>{t('submissions.walkIn.consent')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
