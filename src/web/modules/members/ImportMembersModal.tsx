import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { ImportModal } from '../../ui/ImportModal';
import { TEMPLATE_URL, useImportMembers } from './api';
import type { ImportedAccount, ImportMembersResult } from './types';

type Props = { open: boolean; onClose: () => void };

/** Upload a roster: check it first (dry run), then import all rows or none; new accounts' first passwords, once. */
export function ImportMembersModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const run = useImportMembers();
  const columnNames = t('members.columns', { returnObjects: true });
  return (
    <ImportModal
      open={open}
      onClose={onClose}
      words="members.import"
      width={760}
      run={run}
      template={{ url: TEMPLATE_URL, fileName: 'roster-template.xlsx' }}
      counts={(result) => result}
      details={(result) => <NewAccounts result={result} />}
      fieldTitle={t('members.import.column')}
      fieldLabel={(field) => columnNames[field.split('.')[0] as keyof typeof columnNames] ?? field}
    />
  );
}

/** New accounts' first passwords, shown this once, to copy and hand over. */
function NewAccounts({ result }: { result: ImportMembersResult }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const columns: TableColumnsType<ImportedAccount> = [
    { key: 'row', title: t('members.import.row'), dataIndex: 'row', width: 60 },
    { key: 'memberNo', title: t('members.form.memberNo'), dataIndex: 'memberNo' },
    { key: 'name', title: t('members.form.displayName'), dataIndex: 'displayName' },
    { key: 'username', title: t('members.create.username'), dataIndex: 'username' },
    {
      key: 'password',
      title: t('members.create.password'),
      render: (_, a) => <Typography.Text code>{a.initialPassword}</Typography.Text>,
    },
  ];
  const copy = () =>
    navigator.clipboard
      .writeText(
        result.accounts.map((a) => [a.memberNo, a.displayName, a.username, a.initialPassword].join('\t')).join('\n'),
      )
      .then(() => message.success(t('members.import.copied')))
      .catch((err: unknown) => message.error(errorMessage(err)));
  if (result.accounts.length === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('members.import.accountsTitle')}
        action={
          <Button size="small" icon={<CopyOutlined />} onClick={copy}>
            {t('members.import.copyAccounts')}
          </Button>
        }
        style={{ marginBottom: 8 }}
      />
      <Table<ImportedAccount>
        rowKey="row"
        size="small"
        columns={columns}
        dataSource={result.accounts}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </>
  );
}
