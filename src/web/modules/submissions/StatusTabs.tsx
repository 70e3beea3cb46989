import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../../shared/enums';

type Props = {
  value: SubmissionStatus | undefined;
  counts: Partial<Record<SubmissionStatus, number>> | undefined;
  onChange: (status: SubmissionStatus | undefined) => void;
  extra?: ReactNode;
};

const ALL = 'all'; // matches no status

/** 全部 and one tab per status, each with its count under the other filters. */
export function StatusTabs({ value, counts, onChange, extra }: Props) {
  const { t } = useTranslation();
  const total = Object.values(counts ?? {}).reduce((a, n) => a + n, 0);
  const label = (text: string, n: number | undefined) => (
    <span>
      {text} <span className="tab-count">{n ?? 0}</span>
    </span>
  );
  const items = [
    { key: ALL, label: label(t('submissions.all'), total) },
    ...SUBMISSION_STATUSES.map((s) => ({ key: s, label: label(t(`submissions.statuses.${s}`), counts?.[s]) })),
  ];
  // the extra control (the sort) sits beside the tab list, not in it: antd's tabBarExtraContent puts
  // it inside role="tablist", where only tabs may be (axe: aria-required-children, critical)
  return (
    <div className="status-tabs-row">
      <Tabs
        activeKey={value ?? ALL}
        items={items}
        onChange={(key) => onChange(SUBMISSION_STATUSES.find((s) => s === key))}
        className="status-tabs"
      />
      {extra}
    </div>
  );
}
