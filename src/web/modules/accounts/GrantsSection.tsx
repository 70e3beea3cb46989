import { App, Button, Col, Empty, Form, Popconfirm, Row, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { KindTag, PlacePicker } from '../places';
import { RoleTag } from './AccountTags';
import { useAccountActions } from './api';
import type { AccountDetail, Grant } from './types';

type Values = { role: Role; placeId: string };

/** The roles an account holds, each at a place (reaching everything beneath it); grant and revoke. */
export function GrantsSection({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { grant, revoke } = useAccountActions(account.id);
  // false on one's own account: the server refuses to let an admin change their own roles
  const canGrant = account.abilities.grant;

  const onGrant = (v: Values) =>
    grant.mutate(v, {
      onSuccess: () => {
        message.success(t('accounts.granted'));
        form.resetFields();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  const onRevoke = async (g: Grant) => {
    try {
      await revoke.mutateAsync(g.id);
      message.success(t('accounts.revoked'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<Grant> = [
    { key: 'role', title: t('accounts.role'), render: (_, g) => <RoleTag role={g.role} /> },
    {
      key: 'place',
      title: t('accounts.grantPlace'),
      render: (_, g) => (
        <>
          {g.place.name} <KindTag kind={g.place.kind} />
        </>
      ),
    },
  ];
  if (canGrant) {
    columns.push({
      key: 'actions',
      title: '',
      align: 'right',
      render: (_, g) => (
        <Popconfirm
          title={t('accounts.revokeConfirm', { role: t(`roles.${g.role}`), place: g.place.name })}
          okText={t('accounts.revoke')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => onRevoke(g)}
        >
          <Button type="link" danger size="small">
            {t('accounts.revoke')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <section>
      <Typography.Title level={5}>{t('accounts.grants')}</Typography.Title>
      <Table<Grant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={account.grants}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.noGrants')} /> }}
      />
      {canGrant && (
        <Form form={form} layout="vertical" onFinish={onGrant} style={{ marginTop: 16 }}>
          <Row gutter={8} align="bottom">
            <Col xs={24} sm={8}>
              <Form.Item
                name="role"
                label={t('accounts.role')}
                rules={[{ required: true, message: t('accounts.roleRequired') }]}
              >
                <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={11}>
              <Form.Item
                name="placeId"
                label={t('accounts.grantPlace')}
                rules={[{ required: true, message: t('accounts.placeRequired') }]}
              >
                <PlacePicker />
              </Form.Item>
            </Col>
            <Col xs={24} sm={5}>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={grant.isPending} block>
                  {t('accounts.grant')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </section>
  );
}
