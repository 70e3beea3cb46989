import { Spin, TreeSelect, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLabel } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { usePlace, usePlaceSearch } from './api';
import type { PlaceSummary } from './types';
import { usePlaceTree } from './use-place-tree';

type Props = {
  id?: string; // from Form.Item, so the field's label points here
  value?: string;
  onChange?: (placeId: string | undefined) => void;
  /** Which places may be chosen; the others stay visible to browse through. */
  selectable?: (p: PlaceSummary) => boolean;
  /** A place whose subtree cannot be chosen (moving a place under itself). */
  excludeSubtreeOf?: string;
  placeholder?: string;
  /** Its name for screen readers when no Form.Item label points at it (a filter); else the placeholder. */
  'aria-label'?: string;
  allowClear?: boolean;
  style?: CSSProperties;
};

type Labeled = { value: string; label: ReactNode };
type Node = {
  value: string;
  title: ReactNode;
  isLeaf: boolean;
  selectable: boolean;
  disabled?: boolean;
  children?: Node[];
};

/** Choose a place: browse the tree level by level, or type to search by name across one's reach. */
export function PlacePicker({
  id,
  value,
  onChange,
  selectable = () => true,
  excludeSubtreeOf,
  placeholder,
  'aria-label': ariaLabel,
  allowClear,
  style,
}: Props) {
  const { t } = useTranslation();
  // the open picker's input points (aria-controls) at `<id>_list`, which antd's tree popup lacks
  const ownId = useId();
  const pickerId = id ?? ownId;
  const tree = usePlaceTree(false);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const hits = usePlaceSearch(q);
  const [labels, setLabels] = useState<Record<string, string>>({});
  // a value set from outside (a saved home place, a URL filter) is labelled from its record
  const known = usePlace(value && !labels[value] ? value : undefined);
  const label = value
    ? (labels[value] ?? (known.data ? pathLabel(known.data.breadcrumb, known.data.name) : value))
    : undefined;

  const title = (text: string, ok: boolean) => (ok ? text : <Typography.Text type="secondary">{text}</Typography.Text>);
  const build = (list: PlaceSummary[]): Node[] =>
    list.map((p) => {
      const excluded = p.id === excludeSubtreeOf;
      const ok = !excluded && selectable(p);
      const children = tree.childrenOf.get(p.id);
      return {
        value: p.id,
        title: title(`${p.name}（${t(`kinds.${p.kind}`)}）`, ok),
        isLeaf: excluded || tree.isLeaf(p),
        selectable: ok,
        disabled: excluded,
        children: children && !excluded ? build(children) : undefined,
      };
    });
  const hitNodes = (hits.data?.items ?? [])
    .filter((p) => p.id !== excludeSubtreeOf && !p.breadcrumb.some((c) => c.id === excludeSubtreeOf))
    .map((p): Node => {
      const ok = selectable(p);
      return { value: p.id, title: title(pathLabel(p.breadcrumb, p.name), ok), isLeaf: true, selectable: ok };
    });
  const searching = q.length > 0;

  const pick = (picked: Labeled | undefined) => {
    setSearch('');
    if (!picked) return onChange?.(undefined);
    const place =
      hits.data?.items.find((p) => p.id === picked.value) ??
      [...(tree.top.data?.items ?? []), ...[...tree.childrenOf.values()].flat()].find((p) => p.id === picked.value);
    if (place) setLabels((prev) => ({ ...prev, [place.id]: pathLabel(place.breadcrumb, place.name) }));
    onChange?.(picked.value);
  };

  return (
    <TreeSelect<Labeled>
      id={pickerId}
      popupRender={(menu) => <div id={`${pickerId}_list`}>{menu}</div>}
      style={{ width: '100%', ...style }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      treeData={searching ? hitNodes : build(tree.top.data?.items ?? [])}
      loadData={searching ? undefined : (node) => tree.load(String(node.value))}
      treeLoadedKeys={tree.loadedKeys}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={pick}
      placeholder={placeholder ?? t('picker.placeholder')}
      // a picker outside a labelled form field (a filter) still needs a name (WCAG 4.1.2)
      aria-label={id ? ariaLabel : (ariaLabel ?? placeholder ?? t('picker.placeholder'))}
      allowClear={allowClear}
      notFoundContent={hits.isFetching || tree.top.isPending ? <Spin size="small" /> : t('picker.noMatch')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxWidth: 520 } } }}
    />
  );
}
