import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../submissions';
import { MOBILE } from './problem-form';

type Path = (string | number)[];

type Props = {
  /**
   * Where the fields sit in the form: `item`, their names' prefix as Form.Item takes it (a
   * Form.List row's number, or an object's key), and `full`, the whole path from the form's root.
   */
  at?: { item: Path; full: Path };
  /** The place the submission is filed at: its categories are offered. */
  placeId: string | undefined;
};

/** A problem a resident raised: what, its category, and their name and number with their consent (PIPL). */
export function ProblemFields({ at: where = { item: [], full: [] }, placeId }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const at = (field: string) => [...where.item, field];
  const full = (field: string) => [...where.full, field];
  const contactName = Form.useWatch(full('contactName'), form) as string | undefined;
  const phone = Form.useWatch(full('phone'), form) as string | undefined;
  const hasContact = Boolean(contactName?.trim() || phone?.trim());
  const categories = useCategories(placeId);
  const options = categories.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? [];

  return (
    <>
      <Form.Item
        name={at('content')}
        label={t('contacts.problem.content')}
        rules={[
          { required: true, whitespace: true, min: 5, max: 1000, message: t('contacts.problem.contentRequired') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      {options.length > 0 && (
        <Form.Item name={at('categoryId')} label={t('contacts.problem.category')}>
          <Select allowClear options={options} />
        </Form.Item>
      )}
      <Form.Item name={at('contactName')} label={t('contacts.problem.contactName')} rules={[{ max: 30 }]}>
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={at('phone')}
        label={t('contacts.problem.phone')}
        rules={[{ pattern: MOBILE, message: t('contacts.problem.phoneInvalid') }]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      {hasContact && (
        <Form.Item
          name={at('consent')}
          valuePropName="checked"
          rules={[
            {
              validator: (_r, checked: boolean | undefined) =>
                checked ? Promise.resolve() : Promise.reject(new Error(t('contacts.problem.consentRequired'))),
            },
          ]}
        >
          <Checkbox>{t('contacts.problem.consent')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
