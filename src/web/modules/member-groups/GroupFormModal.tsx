import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GROUP_NAME_MAX } from '../../../shared/access/member-groups';
import { MEMBER_GROUP_KINDS, MEMBER_SECTORS, type MemberGroupKind } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateGroup, useGroups, useUpdateGroup } from './api';
import { fieldsOf, type GroupValues, mayKeepAt, pairKindOf, toCreateInput, toUpdateInput } from './group-form';
import type { GroupDetail } from './types';

type Props = {
  open: boolean;
  onClose: () => void;
  /** the group to change; a new one when absent */
  group?: GroupDetail;
  /** the kinds one may create (a liaison: a council's fixed members only) */
  kinds?: readonly MemberGroupKind[];
  onCreated?: (g: GroupDetail) => void;
};

/** 新建 / 修改小组: its kind, name, place, and the field its kind takes (sector, council, pair). */
export function GroupFormModal({ open, onClose, group, kinds = MEMBER_GROUP_KINDS, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupValues>();
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');
  const kind: MemberGroupKind | undefined = Form.useWatch('kind', form) ?? group?.kind;
  const shown = fieldsOf(kind);
  const isNew = !group;

  const onFinish = (v: GroupValues) => {
    const done = { onError: (err: unknown) => showFormError(form, err, message.error) };
    if (group)
      update.mutate(toUpdateInput(v, group), {
        ...done,
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
      });
    else
      create.mutate(toCreateInput(v), {
        ...done,
        onSuccess: (g) => {
          message.success(t('memberGroups.form.created', { name: g.name }));
          onCreated?.(g);
          onClose();
        },
      });
  };

  return (
    <Modal
      open={open}
      title={isNew ? t('memberGroups.form.createTitle') : t('memberGroups.form.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<GroupValues>
        form={form}
        name="member-group"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={
          group
            ? {
                kind: group.kind,
                name: group.name,
                sector: group.sector ?? undefined,
                councilPlaceId: group.councilPlace?.id,
                pairedGroupId: group.pairedGroup?.id,
              }
            : { kind: kinds.length === 1 ? kinds[0] : undefined }
        }
      >
        <Form.Item
          name="kind"
          label={t('memberGroups.form.kind')}
          extra={kind && t(`memberGroups.kindHelp.${kind}`)}
          rules={[{ required: true, message: t('memberGroups.form.kindRequired') }]}
        >
          <Select
            disabled={!isNew}
            options={kinds.map((k) => ({ value: k, label: t(`memberGroups.kinds.${k}`) }))}
            onChange={() => form.setFieldsValue({ placeId: undefined, pairedGroupId: undefined })}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('memberGroups.form.name')}
          rules={[
            { required: true, whitespace: true, message: t('memberGroups.form.nameRequired') },
            { min: 2, max: GROUP_NAME_MAX, message: t('memberGroups.form.nameRequired') },
          ]}
        >
          <Input maxLength={GROUP_NAME_MAX} showCount />
        </Form.Item>
        {isNew ? (
          <Form.Item
            name="placeId"
            label={t('memberGroups.form.place')}
            extra={t('memberGroups.form.placeHelp')}
            rules={[{ required: true, message: t('memberGroups.form.placeRequired') }]}
          >
            <PlacePicker selectable={(p) => mayKeepAt(kind, p.kind)} />
          </Form.Item>
        ) : (
          <Form.Item label={t('memberGroups.form.place')}>
            <Typography.Text>{group.place.name}</Typography.Text>
          </Form.Item>
        )}
        {shown.sector && (
          <Form.Item
            name="sector"
            label={t('memberGroups.form.sector')}
            rules={[{ required: true, message: t('memberGroups.form.sectorRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={MEMBER_SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
            />
          </Form.Item>
        )}
        {shown.councilPlace && (
          <Form.Item
            name="councilPlaceId"
            label={t('memberGroups.form.councilPlace')}
            extra={t('memberGroups.form.councilPlaceHelp')}
            rules={[{ required: true, message: t('memberGroups.form.councilPlaceRequired') }]}
          >
            <PlacePicker selectable={(p) => p.hasCouncil} />
          </Form.Item>
        )}
        {shown.pairedGroup && <PairField kind={kind} self={group} />}
      </Form>
    </Modal>
  );
}

/** The group of the other kind to pair with: those not yet paired (and the present pair). */
function PairField({ kind, self }: { kind: MemberGroupKind | undefined; self: GroupDetail | undefined }) {
  const { t } = useTranslation();
  const other = pairKindOf(kind);
  const groups = useGroups({ kind: other, archived: 'false', page: 1, pageSize: 100 }, other !== undefined);
  const options = (groups.data?.items ?? [])
    .filter((g) => !g.pairedGroup || g.pairedGroup.id === self?.id)
    .map((g) => ({ value: g.id, label: `${g.name}（${g.place.name}）` }));
  return (
    <Form.Item
      name="pairedGroupId"
      label={t('memberGroups.form.pairedGroup')}
      extra={t('memberGroups.form.pairedGroupHelp')}
    >
      <Select allowClear loading={groups.isFetching} placeholder={t('memberGroups.form.noPair')} options={options} />
    </Form.Item>
  );
}
