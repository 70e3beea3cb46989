import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, List, Popconfirm, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberPlaceKind } from '../../../shared/enums';
import { ASSIGNABLE_PLACE_KINDS } from '../../../shared/messages/members';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import type { PlaceSummary } from '../places/types';
import { useAddServedPlace, useRemoveServedPlace } from './api';
import type { MemberDetail } from './types';

/** Which places the picker offers for each way of serving one (the server checks again). */
const FITS: Record<MemberPlaceKind, (p: PlaceSummary) => boolean> = {
  workstation: (p) => p.hasWorkstation,
  assigned: (p) => (ASSIGNABLE_PLACE_KINDS as readonly string[]).includes(p.kind),
};

/** The places a member serves: their 委员工作站 and the villages/communities they 下沉 to. */
export function ServedPlacesCard({ member: m }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveServedPlace(m.id);
  return (
    <Card size="small" title={t('members.detail.places')}>
      <Typography.Paragraph type="secondary">{t('members.detail.placesHelp')}</Typography.Paragraph>
      {m.places.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.detail.noPlaces')} />
      ) : (
        <List
          size="small"
          dataSource={m.places}
          rowKey={(p) => `${p.kind}-${p.place.id}`}
          renderItem={(p) => (
            <List.Item
              actions={
                m.abilities.assign
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('members.detail.removeConfirm', { place: p.place.name })}
                        okText={t('members.detail.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutateAsync({ kind: p.kind, placeId: p.place.id }).then(
                            () => message.success(t('members.detail.placeRemoved')),
                            (err: unknown) => message.error(errorMessage(err)),
                          )
                        }
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t('members.detail.remove')} ${p.place.name}`}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space>
                <Tag color={p.kind === 'workstation' ? 'blue' : 'green'}>{t(`members.placeKinds.${p.kind}`)}</Tag>
                <span>
                  {p.place.name}（{t(`kinds.${p.place.kind}`)}）
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
      {m.abilities.assign && <AddPlaceForm member={m} />}
    </Card>
  );
}

type Values = { kind: MemberPlaceKind; placeId: string };

function AddPlaceForm({ member: m }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<MemberPlaceKind>('assigned');
  const add = useAddServedPlace(m.id);
  const onFinish = (v: Values) =>
    add.mutate(v, {
      onSuccess: () => {
        form.resetFields(['placeId']);
        message.success(t('members.detail.placeAdded'));
      },
      onError: (err) => showFormError(form, err, message.error),
    });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ kind: 'assigned' }}
      style={{ marginTop: 12 }}
      aria-label={t('members.detail.addPlace')}
    >
      <Form.Item name="kind" label={t('members.detail.kind')}>
        <Segmented<MemberPlaceKind>
          options={(['assigned', 'workstation'] as const).map((k) => ({
            value: k,
            label: t(`members.placeKinds.${k}`),
          }))}
          onChange={(k) => {
            setKind(k);
            form.resetFields(['placeId']);
          }}
        />
      </Form.Item>
      <Form.Item
        name="placeId"
        label={t('members.detail.place')}
        extra={t(kind === 'workstation' ? 'members.detail.workstationOnly' : 'members.detail.assignedOnly')}
        rules={[{ required: true, message: t('members.detail.placeRequired') }]}
      >
        <PlacePicker selectable={FITS[kind]} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('members.detail.add')}
      </Button>
    </Form>
  );
}
