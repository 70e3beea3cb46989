import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ROLES, type Role } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { KindTag, PlacePicker } from '../places';
import { AccountDrawer } from './AccountDrawer';
import { GrantTags, StatusTags } from './AccountTags';
import { type AccountFilters, useAccounts } from './api';
import { CreateAccountModal } from './CreateAccountModal';
import { ImportAccountsModal } from './ImportAccountsModal';
import type { AccountSummary } from './types';

const isRole = (v: string | null): v is Role => (ROLES as readonly (string | null)[]).includes(v);

/** Accounts homed in the admin's region, filtered in the URL; /accounts/:id opens one in a drawer. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  useDocumentTitle(t('accounts.title'));

  const role = params.get('role');
  const filters: AccountFilters = {
    q: params.get('q') ?? undefined,
    role: isRole(role) ? role : undefined,
    placeId: params.get('placeId') ?? undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const list = useAccounts(filters);
  const [search, setSearch] = useState(filters.q ?? '');

  const setFilter = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const withQuery = (path: string) => `${path}${params.size ? `?${params}` : ''}`;

  const columns: TableColumnsType<AccountSummary> = [
    {
      key: 'username',
      title: t('accounts.username'),
      render: (_, a) => <Link to={withQuery(`/accounts/${a.id}`)}>{a.username}</Link>,
    },
    { key: 'displayName', title: t('accounts.displayName'), dataIndex: 'displayName' },
    {
      key: 'home',
      title: t('accounts.homePlace'),
      render: (_, a) => (
        <>
          {a.homePlace.name} <KindTag kind={a.homePlace.kind} />
        </>
      ),
    },
    { key: 'grants', title: t('accounts.grants'), render: (_, a) => <GrantTags grants={a.grants} /> },
    { key: 'status', title: t('accounts.status'), render: (_, a) => <StatusTags account={a} /> },
    { key: 'created', title: t('accounts.createdAt'), render: (_, a) => formatDateTime(a.createdAt) },
  ];

  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('accounts.title')}
      </Typography.Title>
      <div className="toolbar">
        <Input.Search
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setFilter({ q: v.trim() })}
          placeholder={t('accounts.searchPlaceholder')}
          aria-label={t('accounts.searchPlaceholder')}
          style={{ width: 240 }}
        />
        <Select<Role>
          allowClear
          value={filters.role}
          onChange={(v) => setFilter({ role: v })}
          placeholder={t('accounts.anyRole')}
          aria-label={t('accounts.role')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          style={{ width: 160 }}
        />
        <PlacePicker
          allowClear
          value={filters.placeId}
          onChange={(v) => setFilter({ placeId: v })}
          placeholder={t('accounts.place')}
          style={{ width: 240 }}
        />
        <span className="toolbar-spacer" />
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('accounts.importButton')}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </Button>
      </div>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Table<AccountSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize }),
        }}
      />
      <AccountDrawer id={id} onClose={() => navigate(withQuery('/accounts'))} />
      <ImportAccountsModal open={importing} onClose={() => setImporting(false)} />
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(a) => navigate(withQuery(`/accounts/${a.id}`))}
      />
    </>
  );
}
