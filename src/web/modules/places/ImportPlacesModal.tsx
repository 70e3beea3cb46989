import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, type TableColumnsType, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { IMPORT_TEMPLATE_URL, useImportPlaces } from './api';
import type { ImportRowError } from './types';

type Props = { open: boolean; onClose: () => void };
type Outcome = { kind: 'checked' | 'imported'; count: number } | { kind: 'rows'; rows: ImportRowError[] } | null;

/** Upload a sheet of places: check it first (dry run), then import all rows or none. */
export function ImportPlacesModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = useImportPlaces();
  const fieldNames = t('import.fields', { returnObjects: true });

  const submit = (dryRun: boolean) => {
    if (!file) return message.warning(t('import.fileRequired'));
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          setOutcome({ kind: r.dryRun ? 'checked' : 'imported', count: r.imported });
          if (!r.dryRun) message.success(t('import.imported', { count: r.imported }));
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

  const columns: TableColumnsType<ImportRowError> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
    {
      key: 'field',
      title: t('import.field'),
      width: 140,
      render: (_, r) => fieldNames[r.field as keyof typeof fieldNames] ?? r.field,
    },
    { key: 'message', title: t('import.problem'), dataIndex: 'message' },
  ];

  const reset = () => {
    setFile(null);
    setOutcome(null);
    run.reset();
  };

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={onClose}
      afterClose={reset}
      width={680}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button onClick={() => submit(true)} loading={run.isPending && run.variables?.dryRun} disabled={!file}>
            {t('import.dryRun')}
          </Button>
          <Button
            type="primary"
            onClick={() => submit(false)}
            loading={run.isPending && !run.variables?.dryRun}
            disabled={!file || outcome?.kind === 'imported'}
          >
            {t('import.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <a href={IMPORT_TEMPLATE_URL} download>
          <DownloadOutlined /> {t('import.template')}
        </a>
      </Typography.Paragraph>
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
        <Button icon={<UploadOutlined />}>{t('import.choose')}</Button>
      </Upload>
      {outcome?.kind === 'checked' && (
        <Alert
          type="success"
          showIcon
          title={t('import.dryRunOk', { count: outcome.count })}
          style={{ marginTop: 16 }}
        />
      )}
      {outcome?.kind === 'imported' && (
        <Alert
          type="success"
          showIcon
          title={t('import.imported', { count: outcome.count })}
          style={{ marginTop: 16 }}
        />
      )}
      {outcome?.kind === 'rows' && (
        <>
          <Alert type="error" showIcon title={t('import.errorsTitle')} style={{ margin: '16px 0 8px' }} />
          <Table<ImportRowError>
            rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
            size="small"
            columns={columns}
            dataSource={outcome.rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
          />
        </>
      )}
    </Modal>
  );
}
