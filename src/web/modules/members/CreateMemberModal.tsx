import { App, Button, Descriptions, Form, Input, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateMember } from './api';
import { ProfileFields } from './ProfileFields';
import type { CreatedMember, CreateMemberInput } from './types';

type Props = { open: boolean; onClose: () => void };
type Values = Omit<CreateMemberInput, 'expertise'> & { expertise?: string[] };

/** 新增委员: the account (username, name, home place) and the profile; then the first password, once. */
export function CreateMemberModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMember();
  const [created, setCreated] = useState<CreatedMember>();

  const onFinish = (v: Values) =>
    create.mutate(
      { ...v, expertise: v.expertise ?? [], gender: v.gender ?? null },
      {
        onSuccess: (r) => {
          message.success(t('members.create.created', { name: r.member.displayName }));
          setCreated(r);
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  const done = () => {
    const id = created?.member.id;
    onClose();
    if (id) navigate(`/members/${id}`);
  };

  return (
    <Modal
      open={open}
      title={t('members.create.title')}
      width={720}
      onCancel={created ? done : onClose}
      afterClose={() => {
        setCreated(undefined);
        create.reset();
      }}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={done}>
            {t('members.create.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <Result
          status="success"
          title={t('members.create.passwordTitle')}
          subTitle={t('members.create.passwordText')}
          extra={
            <Descriptions column={1} bordered size="small" style={{ textAlign: 'start' }}>
              <Descriptions.Item label={t('members.create.username')}>
                <Typography.Text copyable>{created.member.username}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('members.create.password')}>
                <Typography.Text copyable code>
                  {created.initialPassword}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          }
        />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ level: 'county', expertise: [] }}
          preserve={false}
        >
          <Form.Item
            name="displayName"
            label={t('members.form.displayName')}
            rules={[{ required: true, whitespace: true, message: t('members.form.required') }, { max: 40 }]}
          >
            <Input maxLength={40} autoFocus />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('members.form.username')}
            extra={t('members.form.usernameHelp')}
            rules={[
              { required: true, whitespace: true, message: t('members.form.required') },
              { pattern: /^\s*[A-Za-z0-9._-]{3,32}\s*$/, message: t('members.form.usernameHelp') },
            ]}
          >
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="homePlaceId"
            label={t('members.form.homePlace')}
            extra={t('members.form.homePlaceHelp')}
            rules={[{ required: true, message: t('members.form.required') }]}
          >
            <PlacePicker />
          </Form.Item>
          <ProfileFields />
        </Form>
      )}
    </Modal>
  );
}
