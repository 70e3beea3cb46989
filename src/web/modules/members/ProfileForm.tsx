import { Alert, App, Button, Form, Input, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useUpdateMember } from './api';
import { ProfileFields } from './ProfileFields';
import type { MemberDetail, UpdateMemberInput } from './types';

type Values = Omit<UpdateMemberInput, 'phone' | 'expertise'> & { phone?: string; expertise?: string[] };

/** The member's profile as one form, for the CPPCC office that keeps it: saved whole. */
export function ProfileForm({ member: m }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMember(m.id);

  // the phone field starts empty: a number typed replaces the one kept, blank keeps it
  const onFinish = ({ phone, ...v }: Values) =>
    update.mutate(
      { ...v, expertise: v.expertise ?? [], gender: v.gender ?? null, ...(phone ? { phone } : {}) },
      {
        onSuccess: () => {
          form.setFieldValue('phone', '');
          message.success(t('members.form.saved'));
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  // removing the number saves the profile as it is stored, without it (unsaved edits stay in the form)
  const removePhone = (p: NonNullable<MemberDetail['profile']>) =>
    update.mutate(
      { displayName: m.displayName, homePlaceId: m.homePlace.id, ...p, memberNo: p.memberNo ?? '', phone: null },
      {
        onSuccess: () => message.success(t('members.form.saved')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  return (
    <>
      {!m.profile && <Alert type="info" showIcon title={t('members.detail.noProfile')} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          displayName: m.displayName,
          homePlaceId: m.homePlace.id,
          ...(m.profile ?? { level: 'county', expertise: [] }),
          phone: '',
        }}
      >
        <Form.Item
          name="displayName"
          label={t('members.form.displayName')}
          rules={[{ required: true, whitespace: true, message: t('members.form.required') }, { max: 40 }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="homePlaceId"
          label={t('members.form.homePlace')}
          extra={t('members.form.homePlaceHelp')}
          rules={[{ required: true, message: t('members.form.required') }]}
        >
          <PlacePicker />
        </Form.Item>
        <ProfileFields phoneHelp={m.hasPhone ? t('members.form.phoneKeep') : undefined} />
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          {m.hasPhone && m.profile && (
            <Popconfirm
              title={t('members.form.removePhoneConfirm')}
              okText={t('members.form.removePhone')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => m.profile && removePhone(m.profile)}
            >
              <Button type="link" danger disabled={update.isPending}>
                {t('members.form.removePhone')}
              </Button>
            </Popconfirm>
          )}
        </Form.Item>
      </Form>
    </>
  );
}
