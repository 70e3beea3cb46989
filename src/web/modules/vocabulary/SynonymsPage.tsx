import './vocabulary.css';
import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard';
import { useResetSynonyms, useSaveSynonyms, useSynonyms } from './api';
import { SynonymGroupModal } from './SynonymGroupModal';
import { SynonymsState } from './SynonymsState';
import { SynonymsTable } from './SynonymsTable';
import { type DraftGroup, filterGroups, rowErrorsOf } from './synonyms-draft';
import { useSynonymsEditor } from './use-synonyms-editor';

type Dialog = { group?: DraftGroup };
type SaveError = { message: string; details: string[] };

/** /settings/synonyms — the deployment's synonym table (同义词表), edited here and saved whole. */
export default function SynonymsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('vocabulary.title'));
  const { message } = App.useApp();
  const table = useSynonyms();
  const editor = useSynonymsEditor(table.data?.groups);
  const save = useSaveSynonyms();
  const reset = useResetSynonyms();
  const [query, setQuery] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>({});
  const [isOpen, setIsOpen] = useState(false);
  const [saveError, setSaveError] = useState<SaveError>();
  useUnsavedGuard(editor.isDirty, {
    title: t('vocabulary.leaveTitle'),
    content: t('vocabulary.leaveText'),
    okText: t('vocabulary.leave'),
    cancelText: t('vocabulary.stay'),
  });

  const rows = filterGroups(editor.draft, query);
  /** Shows the group at `index` of the whole table: no filter, its page. */
  const reveal = (index: number) => {
    setQuery('');
    setPaging((p) => ({ ...p, page: Math.floor(index / p.pageSize) + 1 }));
  };
  const open = (d: Dialog) => {
    setDialog(d);
    setIsOpen(true);
  };
  const forgetChanges = () => {
    editor.discard();
    setSaveError(undefined);
  };

  const onSave = () => {
    const sent = editor.draft;
    save.mutate(
      sent.map((g) => g.words),
      {
        onSuccess: () => {
          forgetChanges();
          message.success(t('vocabulary.saved'));
        },
        onError: (err) => {
          if (!(err instanceof ApiError) || err.fields.length === 0) {
            setSaveError({ message: errorMessage(err), details: [] });
            return;
          }
          // the server names words by their place in the table as sent: mark those groups
          const { rows: faulty, other } = rowErrorsOf(err.fields, sent);
          editor.setErrors(faulty);
          const details = other.map((i) => i.message);
          if (faulty.size > 0) details.unshift(t('vocabulary.rowsAtFault', { count: faulty.size }));
          setSaveError({ message: err.message, details });
          const first = sent.findIndex((g) => faulty.has(g.key));
          if (first >= 0) reveal(first);
        },
      },
    );
  };
  const onReset = () =>
    reset.mutate(undefined, {
      onSuccess: () => {
        forgetChanges();
        message.success(t('vocabulary.resetDone'));
      },
      onError: (err) => message.error(errorMessage(err)),
    });

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('vocabulary.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="synonyms-intro">
        {t('vocabulary.intro')}
      </Typography.Paragraph>
      {table.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {table.isError && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(table.error)}
          action={<Button onClick={() => table.refetch()}>{t('common.retry')}</Button>}
        />
      )}
      {table.data && (
        <>
          <SynonymsState table={table.data} />
          <Flex className="toolbar" wrap gap={8}>
            <Input.Search
              allowClear
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              placeholder={t('vocabulary.searchPlaceholder')}
              aria-label={t('vocabulary.search')}
              style={{ width: 240 }}
            />
            <span className="toolbar-spacer" />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open({})}>
              {t('vocabulary.add')}
            </Button>
            <Popconfirm
              title={t('vocabulary.resetTitle')}
              description={<div className="synonyms-confirm">{t('vocabulary.resetText')}</div>}
              okText={t('vocabulary.reset')}
              okButtonProps={{ danger: true, loading: reset.isPending }}
              cancelText={t('common.cancel')}
              onConfirm={onReset}
              disabled={table.data.isDefault && !editor.isDirty}
            >
              <Button icon={<UndoOutlined />} disabled={table.data.isDefault && !editor.isDirty}>
                {t('vocabulary.reset')}
              </Button>
            </Popconfirm>
          </Flex>
          {editor.isDirty && (
            <Alert
              className="synonyms-unsaved"
              type="warning"
              showIcon
              title={t('vocabulary.unsaved')}
              action={
                <Space wrap>
                  <Button onClick={forgetChanges} disabled={save.isPending}>
                    {t('vocabulary.discard')}
                  </Button>
                  <Button type="primary" onClick={onSave} loading={save.isPending}>
                    {t('vocabulary.save')}
                  </Button>
                </Space>
              }
            />
          )}
          {saveError && (
            <Alert
              type="error"
              showIcon
              title={t('vocabulary.saveFailed', { reason: saveError.message })}
              description={saveError.details.length > 0 && <SaveErrorDetails details={saveError.details} />}
              closable={{ onClose: () => setSaveError(undefined) }}
              style={{ marginBottom: 16 }}
            />
          )}
          <SynonymsTable
            rows={rows}
            errors={editor.errors}
            paging={paging}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            empty={query.trim() ? t('vocabulary.noMatch', { query: query.trim() }) : t('vocabulary.empty')}
            onEdit={(group) => open({ group })}
            onRemove={editor.remove}
          />
        </>
      )}
      <SynonymGroupModal
        open={isOpen}
        group={dialog.group}
        draft={editor.draft}
        problems={dialog.group ? (editor.errors.get(dialog.group.key)?.messages ?? []) : []}
        onClose={() => setIsOpen(false)}
        onDone={(words) => {
          if (dialog.group) editor.update(dialog.group.key, words);
          else reveal(editor.add(words));
        }}
      />
    </>
  );
}

function SaveErrorDetails({ details }: { details: string[] }) {
  return (
    <ul className="synonyms-save-details">
      {details.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
}
