import './contacts.css';
import { PlusOutlined, ProfileOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterBar } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlaceFilter } from '../places';
import { useContactLogs, useContacts } from './api';
import { ContactCards } from './ContactCards';
import { ContactFormModal } from './ContactFormModal';
import { LogEntries } from './LogEntries';
import { LogModal } from './LogModal';
import { isOverSoftMax } from './limits';
import { keepsContacts } from './roles';
import type { ContactFilters } from './types';

type Tab = 'contacts' | 'logs';

/**
 * /contacts — 联系群众: a member's own contacts (those due a visit first) and log, with quick
 * entry on a phone; the CPPCC office and liaisons read those of their region. Filters live in the URL.
 */
export default function ContactsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('contacts.title'));
  const me = useMe();
  const keeps = keepsContacts(me.data);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'logs' ? 'logs' : 'contacts';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 24;
  const filters: ContactFilters = {
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    placeId: params.get('placeId') ?? undefined,
    memberId: params.get('memberId') ?? undefined,
    due: params.get('due') === 'true' ? 'true' : undefined,
    archived: params.get('archived') === 'true' ? 'true' : undefined,
  };
  const set = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const contacts = useContacts(filters);
  const logs = useContactLogs(
    { page, pageSize: 20, placeId: filters.placeId, memberId: filters.memberId },
    tab === 'logs',
  );
  const [adding, setAdding] = useState(false);
  const [logging, setLogging] = useState(false);
  const own = contacts.data?.own;

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} className="page-title">
          {t('contacts.title')}
        </Typography.Title>
        {keeps && (
          <Flex gap={8} wrap className="contacts-actions">
            <Button type="primary" icon={<ProfileOutlined />} onClick={() => setLogging(true)}>
              {t('contacts.logOne')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('contacts.add')}
            </Button>
          </Flex>
        )}
      </Flex>
      {own && (
        <Typography.Paragraph type="secondary">
          {t('contacts.own', { count: own.count, due: own.due })}
        </Typography.Paragraph>
      )}
      {own && isOverSoftMax(own.count) && (
        <Alert
          type="warning"
          showIcon
          title={t('contacts.overSoftMax', { count: own.count })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key === 'logs' ? 'logs' : undefined })}
        items={[
          { key: 'contacts', label: t('contacts.tabs.contacts') },
          { key: 'logs', label: t('contacts.tabs.logs') },
        ]}
      />
      <FilterBar
        className="contacts-filters"
        search={{
          q: filters.q,
          onSearch: (q) => set({ q }),
          label: t('contacts.search'),
          placeholder: t('contacts.searchPlaceholder'),
          width: 200,
        }}
      >
        <PlaceFilter
          id="contacts-place"
          label={t('contacts.place')}
          value={filters.placeId}
          onChange={(placeId) => set({ placeId })}
        />
        {tab === 'contacts' && (
          <>
            <Form.Item>
              <Checkbox
                checked={filters.due === 'true'}
                onChange={(e) => set({ due: e.target.checked ? 'true' : undefined })}
              >
                {t('contacts.dueOnly')}
              </Checkbox>
            </Form.Item>
            <Form.Item>
              <Checkbox
                checked={filters.archived === 'true'}
                onChange={(e) => set({ archived: e.target.checked ? 'true' : undefined })}
              >
                {t('contacts.withArchived')}
              </Checkbox>
            </Form.Item>
          </>
        )}
      </FilterBar>
      {tab === 'contacts' ? (
        <>
          {contacts.isError && <Alert type="error" showIcon title={errorMessage(contacts.error)} />}
          <ContactCards
            data={contacts.data}
            loading={contacts.isFetching}
            showMember={!keeps || Boolean(filters.memberId)}
            empty={keeps ? t('contacts.empty') : t('contacts.emptyReader')}
            paging={{ page, pageSize }}
            onPage={(p, s) => set({ page: p > 1 ? p : undefined, pageSize: s })}
          />
        </>
      ) : (
        <>
          {logs.isError && <Alert type="error" showIcon title={errorMessage(logs.error)} />}
          <LogEntries
            items={logs.data?.items}
            loading={logs.isFetching}
            showContact
            showMember={!keeps}
            pagination={
              (logs.data?.total ?? 0) > 20
                ? {
                    current: page,
                    pageSize: 20,
                    total: logs.data?.total ?? 0,
                    onChange: (p) => set({ tab: 'logs', page: p > 1 ? p : undefined }),
                  }
                : false
            }
          />
        </>
      )}
      <ContactFormModal open={adding} onClose={() => setAdding(false)} />
      <LogModal open={logging} onClose={() => setLogging(false)} />
    </>
  );
}
