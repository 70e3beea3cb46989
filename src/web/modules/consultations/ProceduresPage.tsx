import './consultations.css';
import { EditOutlined, InboxOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { useArchiveProcedure, useProcedures } from './api';
import { CouncilSettings } from './CouncilSettings';
import { ProcedureFormModal } from './ProcedureFormModal';
import { mayKeepProcedures } from './roles';
import type { Procedure } from './types';

type Dialog = { type: 'create' } | { type: 'edit'; procedure: Procedure };

/** /procedures — the built-in procedures and those kept at one's places; and each council's settings. */
export default function ProceduresPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('consultations.procedures.title'));
  const me = useMe();
  const list = useProcedures();
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const [isOpen, setIsOpen] = useState(false);
  const all = list.data?.items ?? [];
  const shown = all.filter((p) => showArchived || !p.isArchived);
  const open = (d: Dialog) => {
    setDialog(d);
    setIsOpen(true);
  };

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('consultations.procedures.title')}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          {all.some((p) => p.isArchived) && (
            <Space size={6}>
              <Switch
                size="small"
                checked={showArchived}
                onChange={setShowArchived}
                aria-label={t('consultations.procedures.showArchived')}
              />
              <span>{t('consultations.procedures.showArchived')}</span>
            </Space>
          )}
          {mayKeepProcedures(me.data) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ type: 'create' })}>
              {t('consultations.procedures.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">{t('consultations.procedures.intro')}</Typography.Paragraph>
      {list.isPending && <Skeleton active />}
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      {list.isSuccess && shown.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.procedures.empty')} />
      )}
      <div className="procedure-grid">
        {shown.map((p) => (
          <ProcedureCard key={p.id} procedure={p} onEdit={() => open({ type: 'edit', procedure: p })} />
        ))}
      </div>
      <CouncilSettings />
      <ProcedureFormModal open={isOpen} mode={dialog ?? { type: 'create' }} onClose={() => setIsOpen(false)} />
    </>
  );
}

function ProcedureCard({ procedure: p, onEdit }: { procedure: Procedure; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveProcedure();
  const mayEdit = p.abilities.edit && !p.builtInKey;
  const setArchived = (archived: boolean) =>
    archive.mutate(
      { id: p.id, archived },
      {
        onSuccess: () =>
          message.success(t(archived ? 'consultations.procedures.archived' : 'consultations.procedures.restored')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  return (
    <Card
      size="small"
      className={p.isArchived ? 'procedure-archived' : undefined}
      title={
        <Space size={6} wrap>
          <span>{p.name}</span>
          {p.builtInKey ? (
            <Tag color="geekblue">{t('consultations.procedures.builtIn')}</Tag>
          ) : (
            p.place && <Tag>{p.place.name}</Tag>
          )}
          {p.isArchived && <Tag>{t('consultations.procedures.archivedTag')}</Tag>}
        </Space>
      }
      extra={
        mayEdit && (
          <Space size={0}>
            {!p.isArchived && (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={onEdit}>
                {t('consultations.procedures.edit')}
              </Button>
            )}
            <Popconfirm
              title={t(
                p.isArchived ? 'consultations.procedures.restoreConfirm' : 'consultations.procedures.archiveConfirm',
                { name: p.name },
              )}
              okText={t(p.isArchived ? 'consultations.procedures.restore' : 'consultations.procedures.archive')}
              cancelText={t('common.cancel')}
              onConfirm={() => setArchived(!p.isArchived)}
            >
              <Button size="small" type="link" icon={p.isArchived ? <UndoOutlined /> : <InboxOutlined />}>
                {t(p.isArchived ? 'consultations.procedures.restore' : 'consultations.procedures.archive')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {p.description && <Typography.Paragraph type="secondary">{p.description}</Typography.Paragraph>}
      <ol className="procedure-steps" aria-label={t('consultations.procedures.stepsOf', { name: p.name })}>
        {p.steps.map((s) => (
          <li key={s.name}>
            <Space size={6}>
              <span>{s.name}</span>
              {s.isRequired && <Tag color="red">{t('consultations.steps.required')}</Tag>}
              {s.phase === 'after' && <Tag>{t('consultations.steps.after')}</Tag>}
            </Space>
            {s.hint && <span className="procedure-hint">{s.hint}</span>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
