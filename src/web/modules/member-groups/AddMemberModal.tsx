import { App, Form, Modal, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_POSITIONS, type GroupPosition } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useDebounced } from '../../lib/use-debounced';
import { useAddMember, useCandidates } from './api';

type Props = { open: boolean; groupId: string; onClose: () => void };
type Values = { accountId: string; position: GroupPosition };

/** 添加成员: a member of the district not yet in the group, found by name, at a position. */
export function AddMemberModal({ open, groupId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddMember(groupId);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const candidates = useCandidates(groupId, q, open);
  const people = candidates.data?.items ?? [];

  const onFinish = (v: Values) =>
    add.mutate(v, {
      onSuccess: () => {
        const name = people.find((p) => p.id === v.accountId)?.displayName ?? '';
        message.success(t('memberGroups.addMember.done', { name }));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('memberGroups.addMember.title')}
      okText={t('memberGroups.addMember.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="add-member"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ position: 'member' }}
      >
        <Form.Item
          name="accountId"
          label={t('memberGroups.addMember.member')}
          extra={t('memberGroups.addMember.memberHelp')}
          rules={[{ required: true, message: t('memberGroups.addMember.memberRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
            placeholder={t('memberGroups.addMember.memberPlaceholder')}
            notFoundContent={candidates.isFetching ? <Spin size="small" /> : t('memberGroups.addMember.noCandidates')}
            options={people.map((p) => ({
              value: p.id,
              label: `${p.displayName}（${p.username}）`,
              note: [p.homePlace.name, p.sector ? t(`sectors.${p.sector}`) : ''].filter(Boolean).join(' · '),
            }))}
            optionRender={(o) => (
              <div>
                <div>{o.label}</div>
                <div className="candidate-note">{o.data.note}</div>
              </div>
            )}
          />
        </Form.Item>
        <Form.Item name="position" label={t('memberGroups.addMember.position')} rules={[{ required: true }]}>
          <Select options={GROUP_POSITIONS.map((p) => ({ value: p, label: t(`memberGroups.positions.${p}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
