import './members.css';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES } from '../../../shared/api/members';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/download';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { exportUrl, useMembers } from './api';
import { CreateMemberModal } from './CreateMemberModal';
import { ImportMembersModal } from './ImportMembersModal';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { mayKeepRoster } from './roles';
import { useRosterParams } from './use-roster-params';

/** /members — 委员名册: the members in one's reach, filtered in the URL; import, export, add. */
export default function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('members.title'));
  const { message } = App.useApp();
  const me = useMe();
  const keeps = mayKeepRoster(me.data);
  const { filters, setFilter, search } = useRosterParams();
  const list = useMembers(filters);
  const [dialog, setDialog] = useState<'create' | 'import'>();
  const [exporting, setExporting] = useState(false);

  const exportRoster = () => {
    setExporting(true);
    downloadFile(exportUrl(filters), 'roster.xlsx')
      .catch((err: unknown) => message.error(`${t('members.list.exportFailed')}: ${errorMessage(err)}`))
      .finally(() => setExporting(false));
  };

  return (
    <>
      <Flex align="start" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('members.title')}
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportRoster}>
            {t('members.list.export')}
          </Button>
          {keeps && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
                {t('members.list.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                {t('members.list.create')}
              </Button>
            </>
          )}
        </Space>
      </Flex>
      <Segmented
        aria-label={t('members.list.status')}
        value={filters.status}
        onChange={(status) => setFilter({ status })}
        options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`members.statuses.${s}`) }))}
        style={{ marginBottom: 12 }}
      />
      <RosterFilters filters={filters} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <RosterTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        search={search}
        onPage={(page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize })}
      />
      {keeps && (
        <>
          <CreateMemberModal open={dialog === 'create'} onClose={() => setDialog(undefined)} />
          <ImportMembersModal open={dialog === 'import'} onClose={() => setDialog(undefined)} />
        </>
      )}
    </>
  );
}
