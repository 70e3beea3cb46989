import { Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../ui/DownloadButton';

const PERIODS = ['month', 'quarter', 'year'] as const;
type ReportPeriod = (typeof PERIODS)[number];

/**
 * 月报/季报/年报: the place's report for the last whole month, quarter or year, in Word. A view of
 * several top places has no one place to report on, so the button waits for one to be chosen.
 */
export function ReportDownload({ placeId }: { placeId: string | null }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<ReportPeriod>('month');
  const url = `/api/dashboard/report.docx?${new URLSearchParams({ period, ...(placeId ? { placeId } : {}) })}`;
  return (
    <Space.Compact>
      <Select<ReportPeriod>
        aria-label={t('dashboard.report.period')}
        value={period}
        onChange={setPeriod}
        options={PERIODS.map((p) => ({ value: p, label: t(`dashboard.report.${p}`) }))}
        style={{ width: 104 }}
      />
      <DownloadButton
        url={url}
        fileName={`${t(`dashboard.report.${period}`)}.docx`}
        label={t('dashboard.report.download')}
        isDisabled={!placeId}
      />
    </Space.Compact>
  );
}
