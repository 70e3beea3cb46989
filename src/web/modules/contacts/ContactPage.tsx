import './contacts.css';
import { EditOutlined, ProfileOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Popconfirm,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { revealContactPhone, useArchiveContact, useContact } from './api';
import { ContactFormModal } from './ContactFormModal';
import { DueTag, KindTag } from './ContactTags';
import { formatDay } from './format';
import { LogEntries } from './LogEntries';
import { LogModal } from './LogModal';
import { isOverSoftMax } from './limits';
import type { ContactDetail } from './types';

/** /contacts/:id — one contact: who, where, when next to visit, its log; the member logs and files from here. */
export default function ContactPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useContact(id);
  useRecordTitle(detail.data?.name, t('contacts.title'));
  return (
    <DetailPage backTo="/contacts" backLabel={t('contacts.detail.back')} detail={detail}>
      {detail.data && <Contact contact={detail.data} />}
    </DetailPage>
  );
}

function Contact({ contact: c }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveContact(c.id);
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [phone, setPhone] = useState<string | null>();
  const none = t('common.none');

  const reveal = async () => {
    try {
      setPhone((await revealContactPhone(c.id)).phone);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('contacts.detail.kind'), children: <KindTag kind={c.kind} /> },
    { key: 'place', label: t('contacts.detail.place'), children: c.place.name },
    { key: 'address', label: t('contacts.detail.address'), children: c.address ?? none },
    {
      key: 'phone',
      label: t('contacts.detail.phone'),
      children: (
        <Space size={8}>
          <span>{phone ?? c.phoneMasked ?? none}</span>
          {c.phoneMasked && c.abilities.revealPhone && phone === undefined && (
            <Button size="small" type="link" onClick={reveal}>
              {t('contacts.detail.revealPhone')}
            </Button>
          )}
        </Space>
      ),
    },
    {
      key: 'every',
      label: t('contacts.detail.every'),
      children: t('contacts.detail.everyDays', { days: c.visitEveryDays }),
    },
    {
      key: 'last',
      label: t('contacts.detail.lastContact'),
      children: c.lastContactAt ? formatDay(c.lastContactAt) : t('contacts.never'),
    },
    { key: 'member', label: t('contacts.detail.member'), children: c.member.displayName },
    { key: 'note', label: t('contacts.detail.note'), children: c.note ?? none },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} className="page-title">
          {c.name}
        </Typography.Title>
        <Space size={4} wrap>
          <DueTag contact={c} />
        </Space>
      </Flex>
      {c.abilities.edit && isOverSoftMax(c.memberContactCount) && (
        <Alert
          type="warning"
          showIcon
          title={t('contacts.overSoftMax', { count: c.memberContactCount })}
          style={{ marginBottom: 12 }}
        />
      )}
      {(c.abilities.log || c.abilities.edit) && (
        <Flex gap={8} wrap className="contacts-actions" style={{ marginBottom: 12 }}>
          {c.abilities.log && (
            <Button type="primary" icon={<ProfileOutlined />} onClick={() => setLogging(true)}>
              {t('contacts.logOne')}
            </Button>
          )}
          {c.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('contacts.detail.edit')}
            </Button>
          )}
          {c.abilities.edit && (
            <Popconfirm
              title={t('contacts.detail.archiveTitle', { name: c.name })}
              description={t('contacts.detail.archiveText')}
              okText={t('contacts.detail.archive')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                archive.mutate(undefined, {
                  onSuccess: () => message.success(t('contacts.detail.archived')),
                  onError: (err) => message.error(errorMessage(err)),
                })
              }
            >
              <Button danger loading={archive.isPending}>
                {t('contacts.detail.archive')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />
      </Card>
      <Card size="small" title={t('contacts.detail.logs')}>
        <LogEntries items={c.logs} loading={false} showContact={false} />
      </Card>
      {editing && <ContactFormModal open contact={c} onClose={() => setEditing(false)} />}
      {logging && <LogModal open contactId={c.id} onClose={() => setLogging(false)} />}
    </>
  );
}
