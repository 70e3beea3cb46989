import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardUnitRow } from './types';

type Props = {
  rows: BoardUnitRow[] | undefined;
  loading: boolean;
  /** The unit the list is narrowed to, if any. */
  ownerId: string | undefined;
  onPick: (ownerId: string | undefined) => void;
};

const count = (n: number, danger = false) =>
  n > 0 && danger ? (
    <Typography.Text type="danger" strong>
      {n}
    </Typography.Text>
  ) : (
    n
  );

/** 按责任单位: each owner's open, overdue, due-soon, stalled and closed tasks; a row narrows the list to it. */
export function UnitsTable({ rows, loading, ownerId, onPick }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string) => onPick(id === ownerId ? undefined : id);
  const columns: TableColumnsType<BoardUnitRow> = [
    {
      key: 'owner',
      title: t('tasks.owner'),
      render: (_, r) => (
        // a toggle, so a button (aria-pressed is not allowed on a link)
        <Button type="link" size="small" onClick={() => toggle(r.owner.id)} aria-pressed={r.owner.id === ownerId}>
          {r.owner.displayName}
        </Button>
      ),
    },
    { key: 'open', title: t('tasks.board.open'), width: 90, align: 'right', render: (_, r) => r.open },
    {
      key: 'overdue',
      title: t('tasks.board.overdue'),
      width: 90,
      align: 'right',
      render: (_, r) => count(r.overdue, true),
    },
    { key: 'dueSoon', title: t('tasks.board.dueSoon'), width: 100, align: 'right', render: (_, r) => r.dueSoon },
    { key: 'stalled', title: t('tasks.board.stalled'), width: 90, align: 'right', render: (_, r) => r.stalled },
    { key: 'done', title: t('tasks.board.done'), width: 90, align: 'right', render: (_, r) => r.done },
  ];
  return (
    <Table<BoardUnitRow>
      className="board-units"
      size="small"
      rowKey={(r) => r.owner.id}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ y: 240 }}
      rowClassName={(r) => (r.owner.id === ownerId ? 'is-selected' : '')}
      onRow={(r) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a,button') && toggle(r.owner.id) })}
      locale={{ emptyText: t('tasks.board.noUnits') }}
    />
  );
}
