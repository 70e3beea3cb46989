import './duty.css';
import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useMe } from '../auth/api';
import { AskEntryModal } from './AskEntryModal';
import { downloadDossier, useLedger } from './api';
import { formatDay, formatPoints, thisYear } from './format';
import { GradeTag } from './GradeTag';
import { KindsTable } from './KindsTable';
import { ManualEntriesCard } from './ManualEntriesCard';
import type { Ledger } from './types';

/** /duty/members/:id — a member's year (履职台账): points by kind, each line opening its record. */
export default function LedgerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const ledger = useLedger(id, year);
  const me = useMe();
  const isOwn = me.data?.id === id;
  const name = ledger.data?.member.displayName ?? '';
  useDocumentTitle(ledger.data ? t('duty.ledger.title', { name, year }) : t('duty.ranking.title'));
  return (
    <DetailPage
      backTo={isOwn ? '/home' : `/duty?year=${year}`}
      backLabel={t(isOwn ? 'duty.ledger.backHome' : 'duty.ledger.back')}
      detail={ledger}
    >
      {ledger.data && (
        <LedgerBody ledger={ledger.data} onYear={(y) => setParams(y === thisYear() ? {} : { year: String(y) })} />
      )}
    </DetailPage>
  );
}

function LedgerBody({ ledger: l, onYear }: { ledger: Ledger; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const m = l.member;
  const onExport = async () => {
    setExporting(true);
    try {
      await downloadDossier(m.id, l.year);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };
  const counted =
    l.rules.place && l.rules.version
      ? t('duty.ranking.countedBy', { place: l.rules.place.name, year: l.year, version: l.rules.version })
      : t('duty.ranking.countedByDefaults');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} className="page-title">
          {t('duty.ledger.title', { name: m.displayName, year: l.year })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {m.termStart && m.termEnd
            ? t('duty.ledger.profile', { place: m.place.name, from: m.termStart, to: m.termEnd })
            : m.place.name}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('duty.ledger.year')}
            value={dayjs().year(l.year)}
            onChange={(d) => d && onYear(d.year())}
            style={{ width: 110 }}
          />
          <Button icon={<FileWordOutlined />} loading={exporting} onClick={onExport}>
            {t('duty.ledger.dossier')}
          </Button>
          {l.abilities.ask && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)}>
              {t('duty.ledger.ask')}
            </Button>
          )}
        </Flex>
      </div>
      {l.closing && (
        <Alert
          type="info"
          showIcon
          title={t('duty.ranking.closed', { year: l.year, date: formatDay(l.closing.closedAt) })}
        />
      )}
      <Card size="small">
        <Flex gap={32} wrap align="center">
          <Statistic title={t('duty.ledger.total')} value={formatPoints(l.total)} />
          <div>
            <Typography.Text type="secondary">{t('duty.ledger.grade')}</Typography.Text>
            <div style={{ marginTop: 4 }}>
              <GradeTag grade={l.grade} />
            </div>
          </div>
          <Typography.Text type="secondary">{counted}</Typography.Text>
        </Flex>
      </Card>
      <div className="duty-columns">
        <Card size="small" title={t('duty.ledger.byKind')}>
          {l.entries.length === 0 && (
            <Typography.Paragraph type="secondary">{t('duty.ledger.noEntries')}</Typography.Paragraph>
          )}
          <KindsTable kinds={l.kinds} entries={l.entries} />
        </Card>
        <ManualEntriesCard entries={l.manualEntries} />
      </div>
      <AskEntryModal open={asking} onClose={() => setAsking(false)} />
    </Space>
  );
}
