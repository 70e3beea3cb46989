import './fit-table.css';
import { Table, type TableProps } from 'antd';
import { type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { useNavigate } from 'react-router';
import { type FitColumn, fitColumns, isOwnControl } from './fit-columns';

export type { FitColumn };

type Props<T> = Omit<TableProps<T>, 'columns' | 'scroll' | 'tableLayout'> & {
  columns: FitColumn<T>[];
  /** The record page a row opens: a click anywhere on the row, or Enter on the focused row. */
  rowHref?: (row: T) => string;
  /** What the record page gets in its location state (e.g. the list it was opened from). */
  rowState?: unknown;
};

/**
 * The console's list table: it fits its container at 1280 px (fixed layout, text wraps, minor
 * columns only on wide screens) so key columns and the actions are never scrolled off sideways.
 */
export function FitTable<T extends object>({ columns, rowHref, rowState, onRow, rowClassName, ...table }: Props<T>) {
  const navigate = useNavigate();
  // a row's click reads the address and state of the table's latest render, not those of the
  // render the row was drawn in (antd may keep a row drawn while its record is unchanged)
  const latest = useRef({ rowHref, rowState });
  latest.current = { rowHref, rowState };
  const open = (row: T, e: MouseEvent | KeyboardEvent) => {
    const { rowHref, rowState } = latest.current;
    if (!rowHref || isOwnControl(e.target as Element, e.currentTarget as Element)) return;
    // selecting text in a row is not a click on it
    if (e.type === 'click' && window.getSelection()?.toString()) return;
    if ('metaKey' in e && (e.metaKey || e.ctrlKey)) window.open(rowHref(row), '_blank', 'noopener');
    else navigate(rowHref(row), { state: rowState });
  };
  return (
    <Table<T>
      rowKey="id"
      {...table}
      className={['fit-table', table.className].filter(Boolean).join(' ')}
      tableLayout="fixed"
      columns={fitColumns(columns)}
      rowClassName={(row, i) =>
        [rowHref ? 'fit-row-link' : '', typeof rowClassName === 'function' ? rowClassName(row, i, 0) : rowClassName]
          .filter(Boolean)
          .join(' ')
      }
      onRow={(row, i) => ({
        ...onRow?.(row, i),
        ...(rowHref && {
          tabIndex: 0,
          onClick: (e: MouseEvent) => open(row, e),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' && e.target === e.currentTarget) open(row, e);
          },
        }),
      })}
    />
  );
}
