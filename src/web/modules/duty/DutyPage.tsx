import './duty.css';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DUTY_GRADES, type DutyGrade } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FilterSelect } from '../../ui/FilterBar';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { downloadLedger, useRanking } from './api';
import { formatDay } from './format';
import { PendingEntriesCard } from './PendingEntriesCard';
import { RankingTable } from './RankingTable';
import { mayReviewDuty } from './roles';
import type { Ranking } from './types';
import { type RankingChanges, useRankingParams } from './use-ranking-params';

/** /duty — 履职考核: a region's (or group's) members ranked for a year, each opening their ledger. */
export default function DutyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('duty.ranking.title'));
  const { message } = App.useApp();
  const me = useMe();
  const { filters, grade, setFilter } = useRankingParams();
  const ranking = useRanking(filters);
  const [exporting, setExporting] = useState(false);
  const data = ranking.data;
  const rows = (data?.rows ?? []).filter((r) => !grade || r.grade === grade);
  const placeId = filters.placeId ?? data?.place.id;

  const onExport = async () => {
    setExporting(true);
    try {
      await downloadLedger(filters);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Typography.Title level={1} className="page-title">
          {t('duty.ranking.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} disabled={!data}>
            {t('duty.ranking.export')}
          </Button>
          <Link to={`/duty/rules?year=${filters.year}${placeId ? `&placeId=${placeId}` : ''}`}>
            <Button icon={<SettingOutlined />}>{t('duty.ranking.rules')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Filters
        data={data}
        placeId={placeId}
        year={filters.year}
        groupId={filters.groupId}
        grade={grade}
        onChange={setFilter}
      />
      {ranking.isError && (
        <Alert type="error" showIcon title={errorMessage(ranking.error)} style={{ marginBottom: 16 }} />
      )}
      {data && <Summary data={data} />}
      <RankingTable rows={rows} year={filters.year} loading={ranking.isFetching} />
      {mayReviewDuty(me.data) && placeId && <PendingEntriesCard placeId={placeId} />}
    </>
  );
}

type FiltersProps = {
  data: Ranking | undefined;
  placeId: string | undefined;
  year: number;
  groupId: string | undefined;
  grade: DutyGrade | undefined;
  onChange: (c: RankingChanges) => void;
};

function Filters({ data, placeId, year, groupId, grade, onChange }: FiltersProps) {
  const { t } = useTranslation();
  return (
    <Form layout="inline" className="toolbar duty-filters">
      <Form.Item label={t('duty.ranking.year')} htmlFor="duty-year">
        <DatePicker
          id="duty-year"
          picker="year"
          allowClear={false}
          value={dayjs().year(year)}
          onChange={(d) => onChange({ year: d ? d.year() : undefined })}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label={t('duty.ranking.region')} htmlFor="duty-place">
        <PlacePicker
          id="duty-place"
          value={placeId}
          onChange={(id) => onChange({ placeId: id, groupId: undefined })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <FilterSelect<string>
        id="duty-group"
        label={t('duty.ranking.group')}
        value={groupId}
        onChange={(v) => onChange({ groupId: v })}
        placeholder={t('duty.ranking.anyGroup')}
        options={(data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
        width={180}
      />
      <FilterSelect<DutyGrade>
        id="duty-grade"
        label={t('duty.ranking.grade')}
        value={grade}
        onChange={(v) => onChange({ grade: v })}
        placeholder={t('duty.ranking.anyGrade')}
        options={DUTY_GRADES.map((g) => ({ value: g, label: t(`duty.grades.${g}`) }))}
        width={130}
      />
    </Form>
  );
}

/** Which rules counted, whether the year is closed, how many fall in each grade. */
function Summary({ data }: { data: Ranking }) {
  const { t } = useTranslation();
  const { rules, closing } = data;
  const counted =
    rules.place && rules.version
      ? t('duty.ranking.countedBy', { place: rules.place.name, year: data.year, version: rules.version })
      : t('duty.ranking.countedByDefaults');
  return (
    <div style={{ marginBottom: 12 }}>
      {closing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('duty.ranking.closed', { year: data.year, date: formatDay(closing.closedAt) })}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {counted} · {t('duty.ranking.lines', data.grades)}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('duty.ranking.counts', data.gradeCounts)}
      </Typography.Paragraph>
    </div>
  );
}
