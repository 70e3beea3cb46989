import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTACT_LIMITS } from '../../../shared/api/contacts';
import { CONTACT_KINDS, type ContactKind } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateContact, useUpdateContact } from './api';
import { MOBILE } from './problem-form';
import type { ContactDetail } from './types';

type Values = {
  kind: ContactKind;
  name: string;
  placeId: string;
  address?: string;
  phone?: string;
  note?: string;
  visitEveryDays: number;
};

type Props = {
  open: boolean;
  /** the contact to edit; none adds one */
  contact?: ContactDetail;
  onClose: () => void;
  onSaved?: (c: ContactDetail) => void;
};

/** Adds or edits one of the member's fixed contacts; the phone is only ever shown masked. */
export function ContactFormModal({ open, contact, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const saving = create.isPending || update.isPending;

  const onFinish = (v: Values) => {
    const base = {
      kind: v.kind,
      name: v.name.trim(),
      placeId: v.placeId,
      address: v.address?.trim() ?? '',
      note: v.note?.trim() ?? '',
      visitEveryDays: v.visitEveryDays,
    };
    const phone = v.phone?.trim();
    const done = (c: ContactDetail) => {
      message.success(contact ? t('contacts.form.saved') : t('contacts.form.created'));
      onSaved?.(c);
      onClose();
    };
    const failed = (err: unknown) => showFormError(form, err, message.error);
    if (contact)
      // a number typed replaces the one kept; left empty, the kept one stays
      update.mutate({ ...base, ...(phone ? { phone } : {}) }, { onSuccess: done, onError: failed });
    else create.mutate({ ...base, ...(phone ? { phone } : {}) }, { onSuccess: done, onError: failed });
  };

  return (
    <Modal
      open={open}
      title={contact ? t('contacts.form.titleEdit') : t('contacts.form.titleNew')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={
          contact
            ? {
                kind: contact.kind,
                name: contact.name,
                placeId: contact.place.id,
                address: contact.address ?? '',
                note: contact.note ?? '',
                visitEveryDays: contact.visitEveryDays,
              }
            : { kind: 'household', visitEveryDays: CONTACT_LIMITS.defaultEveryDays }
        }
      >
        <Form.Item name="kind" label={t('contacts.form.kind')} rules={[{ required: true }]}>
          <Select options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('contacts.form.name')}
          rules={[
            { required: true, whitespace: true, max: CONTACT_LIMITS.name, message: t('contacts.form.nameRequired') },
          ]}
        >
          <Input maxLength={CONTACT_LIMITS.name} placeholder={t('contacts.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="placeId"
          label={t('contacts.form.place')}
          rules={[{ required: true, message: t('contacts.form.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item name="address" label={t('contacts.form.address')}>
          <Input maxLength={CONTACT_LIMITS.address} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('contacts.form.phone')}
          extra={contact?.phoneMasked ?? undefined}
          rules={[{ pattern: MOBILE, message: t('contacts.form.phoneInvalid') }]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item name="note" label={t('contacts.form.note')}>
          <Input.TextArea rows={2} maxLength={CONTACT_LIMITS.note} showCount />
        </Form.Item>
        <Form.Item
          name="visitEveryDays"
          label={t('contacts.form.every')}
          extra={t('contacts.form.everyHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={CONTACT_LIMITS.minEveryDays} max={CONTACT_LIMITS.maxEveryDays} step={15} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
