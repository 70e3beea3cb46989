import { CopyOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, type TableColumnsType, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/download';
import type { ImportRowError } from '../places/types';
import { TEMPLATE_URL, useImportMembers } from './api';
import type { ImportedAccount, ImportMembersResult } from './types';

type Props = { open: boolean; onClose: () => void };
type Outcome = { kind: 'done'; result: ImportMembersResult } | { kind: 'rows'; rows: ImportRowError[] } | null;

/** Upload a roster: check it first (dry run), then import all rows or none; new accounts' first passwords, once. */
export function ImportMembersModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = useImportMembers();
  const imported = outcome?.kind === 'done' && !outcome.result.dryRun;

  const submit = (dryRun: boolean) => {
    if (!file) return message.warning(t('members.import.fileRequired'));
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          setOutcome({ kind: 'done', result });
          if (!result.dryRun) message.success(t('members.import.imported', result));
        },
        onError: (err) => {
          if (err instanceof ApiError && err.rows.length > 0) setOutcome({ kind: 'rows', rows: err.rows });
          else {
            setOutcome(null);
            message.error(errorMessage(err));
          }
        },
      },
    );
  };

  const template = () =>
    downloadFile(TEMPLATE_URL, 'roster-template.xlsx').catch((err: unknown) => message.error(errorMessage(err)));

  const reset = () => {
    setFile(null);
    setOutcome(null);
    run.reset();
  };

  return (
    <Modal
      open={open}
      title={t('members.import.title')}
      onCancel={onClose}
      afterClose={reset}
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button onClick={() => submit(true)} loading={run.isPending && run.variables?.dryRun} disabled={!file}>
            {t('members.import.dryRun')}
          </Button>
          <Button
            type="primary"
            onClick={() => submit(false)}
            loading={run.isPending && !run.variables?.dryRun}
            disabled={!file || imported}
          >
            {t('members.import.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('members.import.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={template}>
          {t('members.import.template')}
        </Button>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            setFile(f);
            setOutcome(null);
            return false; // sent with the buttons below, not on selection
          }}
          onRemove={() => {
            setFile(null);
            setOutcome(null);
          }}
        >
          <Button icon={<UploadOutlined />}>{t('members.import.choose')}</Button>
        </Upload>
      </Space>
      {outcome?.kind === 'done' && <Done result={outcome.result} />}
      {outcome?.kind === 'rows' && <RowErrors rows={outcome.rows} />}
    </Modal>
  );
}

function Done({ result }: { result: ImportMembersResult }) {
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
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t(result.dryRun ? 'members.import.dryRunOk' : 'members.import.imported', result)}
        style={{ marginBottom: 12 }}
      />
      {result.accounts.length > 0 && (
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
      )}
    </>
  );
}

function RowErrors({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const columnNames = t('members.columns', { returnObjects: true });
  const columns: TableColumnsType<ImportRowError> = [
    { key: 'row', title: t('members.import.row'), dataIndex: 'row', width: 70 },
    {
      key: 'field',
      title: t('members.import.column'),
      width: 140,
      render: (_, r) => columnNames[r.field.split('.')[0] as keyof typeof columnNames] ?? r.field,
    },
    { key: 'message', title: t('members.import.problem'), dataIndex: 'message' },
  ];
  return (
    <>
      <Alert type="error" showIcon title={t('members.import.errorsTitle')} style={{ marginBottom: 8 }} />
      <Table<ImportRowError>
        rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </>
  );
}
