import { App, Form, Input, Modal, Radio, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_KINDS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useDebounced } from '../../lib/use-debounced';
import { useInvitable, useInvite } from './api';
import { type InviteValues, kindForRoles, toInviteInput } from './invite-form';

type Props = { open: boolean; consultationId: string; onClose: () => void };

/**
 * Invite someone with an account (a member, an official: they then see the invitation) or a person
 * without one — a resident representative, an expert, a stakeholder — by name and affiliation.
 */
export function InviteModal({ open, consultationId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const invite = useInvite(consultationId);
  const mode = Form.useWatch('mode', form) ?? 'account';
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const invitable = useInvitable(consultationId, q, open && mode === 'account');
  const accounts = invitable.data?.items ?? [];

  const onFinish = (v: InviteValues) =>
    invite.mutate(toInviteInput(v), {
      onSuccess: (p) => {
        message.success(t('consultations.invite.done', { name: p.name }));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('consultations.invite.title')}
      okText={t('consultations.invite.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={invite.isPending}
      destroyOnHidden
    >
      <Form<InviteValues>
        form={form}
        name="invite"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ mode: 'account', kind: 'member' }}
        onValuesChange={(changed: Partial<InviteValues>) => {
          // an account's role suggests what they are here (政协委员, 部门干部 …)
          if (changed.accountId && !form.isFieldTouched('kind')) {
            const chosen = accounts.find((a) => a.id === changed.accountId);
            if (chosen) form.setFieldValue('kind', kindForRoles(chosen.roles));
          }
          if (changed.mode === 'person' && !form.isFieldTouched('kind')) form.setFieldValue('kind', 'resident_rep');
        }}
      >
        <Form.Item name="mode" label={t('consultations.invite.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'account', label: t('consultations.invite.account') },
              { value: 'person', label: t('consultations.invite.person') },
            ]}
          />
        </Form.Item>
        {mode === 'account' ? (
          <Form.Item
            name="accountId"
            label={t('consultations.invite.accountLabel')}
            extra={t('consultations.invite.accountHelp')}
            rules={[{ required: true, message: t('consultations.invite.accountRequired') }]}
          >
            <Select
              showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
              placeholder={t('consultations.invite.accountPlaceholder')}
              notFoundContent={invitable.isFetching ? <Spin size="small" /> : t('consultations.invite.noAccounts')}
              options={accounts.map((a) => ({
                value: a.id,
                label: `${a.displayName}（${a.username}）`,
                roles: a.roles
                  .map((r) => `${t(`roles.${r.role}` as 'roles.member', { defaultValue: r.role })} · ${r.placeName}`)
                  .join('，'),
              }))}
              optionRender={(o) => (
                <div>
                  <div>{o.label}</div>
                  <div className="option-note">{o.data.roles}</div>
                </div>
              )}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="name"
            label={t('consultations.invite.name')}
            rules={[{ required: true, whitespace: true, max: 30, message: t('consultations.invite.nameRequired') }]}
          >
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="affiliation" label={t('consultations.invite.affiliation')} rules={[{ max: 60 }]}>
          <Input maxLength={60} placeholder={t('consultations.invite.affiliationPlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('consultations.invite.kind')} rules={[{ required: true }]}>
          <Select options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`consultations.kinds.${k}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
