import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, ReceptionStatus } from '../../../shared/enums';
import { sectorLabel } from '../../../shared/messages/sectors';

const COLORS = { scheduled: 'blue', held: 'green', absent: 'red' } as const satisfies Record<ReceptionStatus, string>;

export function StatusTag({ status }: { status: ReceptionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`receptions.statuses.${status}`)}</Tag>;
}

/** A member's 界别 in the UI language; nothing when the profile has none. */
export function SectorTag({ sector }: { sector: string | null }) {
  const { i18n } = useTranslation();
  const label = sectorLabel(sector, i18n.language as Locale);
  return label ? <Tag>{label}</Tag> : null;
}

/** The member on duty as a line: name, 界别. */
export function useMemberLabel() {
  const { i18n } = useTranslation();
  return (m: { displayName: string; sector: string | null }) => {
    const sector = sectorLabel(m.sector, i18n.language as Locale);
    return sector ? `${m.displayName}（${sector}）` : m.displayName;
  };
}
