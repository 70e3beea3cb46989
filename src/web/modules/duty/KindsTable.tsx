import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from './format';
import { Points } from './Points';
import type { KindScore, LedgerEntry } from './types';

/** The year by kind (count, points after the cap); a kind opens to its lines, each opening its record. */
export function KindsTable({ kinds, entries }: { kinds: KindScore[]; entries: LedgerEntry[] }) {
  const { t } = useTranslation();
  const linesOf = (kind: KindScore['kind']) => entries.filter((e) => e.kind === kind);
  const columns: TableColumnsType<KindScore> = [
    { key: 'kind', title: t('duty.ledger.kind'), render: (_, k) => t(`duty.kinds.${k.kind}`) },
    { key: 'count', title: t('duty.ledger.count'), dataIndex: 'count', align: 'right' },
    {
      key: 'points',
      title: t('duty.ledger.points'),
      align: 'right',
      render: (_, k) => (
        <span className="duty-nowrap">
          <Points value={k.points} />
          {k.isCapped && <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>{t('duty.ledger.capped')}</Tag>}
        </span>
      ),
    },
    {
      key: 'cap',
      title: t('duty.ledger.cap'),
      align: 'right',
      render: (_, k) => (k.cap === null ? t('duty.ledger.noCap') : <Points value={k.cap} />),
    },
  ];
  return (
    <Table<KindScore>
      rowKey="kind"
      size="small"
      columns={columns}
      dataSource={kinds}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (k) => k.count > 0,
        expandedRowRender: (k) => <Lines lines={linesOf(k.kind)} />,
      }}
    />
  );
}

function Lines({ lines }: { lines: LedgerEntry[] }) {
  const { t } = useTranslation();
  return (
    <ul className="duty-lines" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {lines.map((l) => (
        <li key={l.id} style={{ display: 'flex', gap: 12, padding: '2px 0' }}>
          <Typography.Text type="secondary" className="duty-nowrap">
            {formatDay(l.at)}
          </Typography.Text>
          <Link to={l.record.path} className="duty-record-label" title={l.record.label}>
            {l.record.label}
          </Link>
          {l.hours !== null && (
            <Typography.Text type="secondary" className="duty-nowrap">
              {t('duty.ledger.hours', { hours: l.hours })}
            </Typography.Text>
          )}
          <span style={{ marginInlineStart: 'auto' }}>
            <Points value={l.points} signed />
          </span>
        </li>
      ))}
    </ul>
  );
}
