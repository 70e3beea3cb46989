import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Classification, OnlineStatement } from './types';

/** Agree / disagree / pass as one stacked bar, with the counts beneath. */
export function VoteBar({ s }: { s: Pick<OnlineStatement, 'agree' | 'disagree' | 'pass'> }) {
  const { t } = useTranslation();
  const total = s.agree + s.disagree + s.pass;
  const pct = (n: number) => `${total === 0 ? 0 : (n / total) * 100}%`;
  const caption = t('online.bar', { agree: s.agree, disagree: s.disagree, pass: s.pass });
  return (
    <div>
      <div className="online-bar" role="img" aria-label={caption}>
        <span className="is-agree" style={{ width: pct(s.agree) }} />
        <span className="is-disagree" style={{ width: pct(s.disagree) }} />
        <span className="is-pass" style={{ width: pct(s.pass) }} />
      </div>
      <div className="online-bar-caption">{caption}</div>
    </div>
  );
}

const CLASS_COLORS: Record<Classification, string> = { consensus: 'green', divisive: 'orange', open: 'default' };

/** 共识 / 分歧 / 待定, with what it means on hover. */
export function ClassTag({ value }: { value: Classification }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`online.classHelp.${value}`)}>
      <Tag color={CLASS_COLORS[value]}>{t(`online.classes.${value}`)}</Tag>
    </Tooltip>
  );
}
