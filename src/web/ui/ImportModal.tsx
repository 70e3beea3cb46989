import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Spin, Table, type TableColumnsType, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../api/client';
import { downloadFile } from '../lib/download';

type RowError = ApiError['rows'][number];
type Outcome<R> = { kind: 'done'; result: R } | { kind: 'rows'; rows: RowError[] } | null;

type Props<R extends { dryRun: boolean }> = {
  open: boolean;
  onClose: () => void;
  /**
   * Where the module keeps its words: `<words>.title`, `.intro`, `.template`, `.choose`, `.dryRun`,
   * `.submit`, `.fileRequired`, `.dryRunOk`, `.imported`, `.errorsTitle`, `.row`, `.problem`.
   */
  words: 'import' | 'members.import' | 'accounts.import';
  width: number;
  /** The import, sent with `dryRun` to check the file first. */
  run: UseMutationResult<R, Error, { file: File; dryRun: boolean }>;
  template: { url: string; fileName: string };
  /** What `.dryRunOk` and `.imported` say of a result ({{count}}, {{created}} …). */
  counts: (result: R) => Record<string, unknown>;
  /** More to show of a result, under what it says (new accounts' first passwords). */
  details?: (result: R) => ReactNode;
  /** The errors table's column naming a row's field, and how a field is called. */
  fieldTitle: string;
  fieldLabel: (field: string) => string;
};

/** Upload a sheet (.xlsx or .csv): check it first (dry run), then import all rows or none. */
export function ImportModal<R extends { dryRun: boolean }>({
  open,
  onClose,
  words,
  width,
  run,
  template,
  counts,
  details,
  fieldTitle,
  fieldLabel,
}: Props<R>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome<R>>(null);
  const isImported = outcome?.kind === 'done' && !outcome.result.dryRun;

  const submit = (dryRun: boolean) => {
    if (!file) return message.warning(t(`${words}.fileRequired`));
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          setOutcome({ kind: 'done', result });
          if (!result.dryRun) message.success(t(`${words}.imported`, counts(result)));
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

  const downloadTemplate = () =>
    downloadFile(template.url, template.fileName).catch((err: unknown) => message.error(errorMessage(err)));

  const reset = () => {
    setFile(null);
    setOutcome(null);
    run.reset();
  };

  const columns: TableColumnsType<RowError> = [
    { key: 'row', title: t(`${words}.row`), dataIndex: 'row', width: 70 },
    { key: 'field', title: fieldTitle, width: 140, render: (_, r) => fieldLabel(r.field) },
    { key: 'message', title: t(`${words}.problem`), dataIndex: 'message' },
  ];

  return (
    <Modal
      open={open}
      title={t(`${words}.title`)}
      onCancel={onClose}
      afterClose={reset}
      width={width}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button onClick={() => submit(true)} loading={run.isPending && run.variables?.dryRun} disabled={!file}>
            {t(`${words}.dryRun`)}
          </Button>
          <Button
            type="primary"
            onClick={() => submit(false)}
            loading={run.isPending && !run.variables?.dryRun}
            disabled={!file || isImported}
          >
            {t(`${words}.submit`)}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t(`${words}.intro`)}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
          {t(`${words}.template`)}
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
          <Button icon={<UploadOutlined />}>{t(`${words}.choose`)}</Button>
        </Upload>
      </Space>
      {run.isPending && (
        // the server checks every row (and writes them) before it answers: say so while it works
        <Alert
          role="status"
          type="info"
          showIcon
          icon={<Spin size="small" />}
          title={t(run.variables?.dryRun ? 'common.importChecking' : 'common.importWriting', { name: file?.name })}
          style={{ marginBottom: 12 }}
        />
      )}
      {outcome?.kind === 'done' && (
        <>
          <Alert
            type="success"
            showIcon
            title={t(`${words}.${outcome.result.dryRun ? 'dryRunOk' : 'imported'}`, counts(outcome.result))}
            style={{ marginBottom: 12 }}
          />
          {details?.(outcome.result)}
        </>
      )}
      {outcome?.kind === 'rows' && (
        <>
          <Alert type="error" showIcon title={t(`${words}.errorsTitle`)} style={{ marginBottom: 8 }} />
          <Table<RowError>
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
