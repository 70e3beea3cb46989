import type { TableColumnType } from 'antd';

/**
 * A column of a console list. `fit` says how it behaves when the screen is narrow:
 * - 'key' (the default): always shown; its text wraps;
 * - 'extra': shown from 1600 px on (a wide screen has room for the detail);
 * - 'actions' / 'tag': always shown, never broken inside a word or clipped (buttons, "已超期").
 */
export type FitColumn<T> = TableColumnType<T> & { fit?: 'key' | 'extra' | 'actions' | 'tag' };

/** antd's breakpoint from which an 'extra' column shows: xxl is a window of 1600 px and more. */
const EXTRA_FROM = ['xxl'] as const;

/** antd columns from fit columns: extra ones only on wide screens, actions and tags kept whole. */
export function fitColumns<T>(columns: FitColumn<T>[]): TableColumnType<T>[] {
  return columns.map(({ fit = 'key', ...c }) => {
    const className = [c.className, `fit-${fit}`].filter(Boolean).join(' ');
    if (fit === 'extra') return { ...c, className, responsive: [...EXTRA_FROM] };
    return { ...c, className };
  });
}

// what a row's own click must leave alone: its links, buttons, check boxes (and the cell around a
// row's selection box, easily missed by a hair) and menus
const CONTROLS =
  'a, button, input, label, select, textarea, [role="button"], [role="menuitem"], .ant-dropdown, .ant-table-selection-column';

/**
 * Whether the event is not a click on the row itself: a control inside the row (which does its own
 * thing), or something in a popup the row opened (React's events bubble out of portals).
 */
export function isOwnControl(target: Element | null, row: Element): boolean {
  if (!target || !row.contains(target)) return true;
  const hit = target.closest(CONTROLS);
  return Boolean(hit && hit !== row);
}
