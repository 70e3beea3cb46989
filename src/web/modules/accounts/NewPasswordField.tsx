import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassword, strongPasswordRule } from '../../lib/password';

/** A password an administrator sets for someone, with a generator; shown once generated so it can be passed on. */
export function NewPasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const [visible, setVisible] = useState(false);
  const generate = () => {
    form.setFieldValue(name, generatePassword());
    void form.validateFields([name]);
    setVisible(true);
  };
  return (
    <Form.Item
      name={name}
      label={label}
      extra={
        <>
          {t('password.rule')}
          <Button type="link" size="small" onClick={generate}>
            {t('password.generate')}
          </Button>
        </>
      }
      rules={[{ required: true, message: t('password.required') }, strongPasswordRule]}
    >
      <Input.Password autoComplete="new-password" visibilityToggle={{ visible, onVisibleChange: setVisible }} />
    </Form.Item>
  );
}
