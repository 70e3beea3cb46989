import { StarFilled } from '@ant-design/icons';
import { Alert, Empty, Skeleton, Tree, type TreeDataNode, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import type { PlaceSummary } from './types';
import { usePlaceTree } from './use-place-tree';

type Props = {
  selectedId?: string;
  includeArchived: boolean;
  /** Places to open, e.g. the path to the selected place. */
  expandTo: readonly string[];
  onSelect: (id: string) => void;
};

function NodeTitle({ place }: { place: PlaceSummary }) {
  const { t } = useTranslation();
  return (
    <span className="tree-node">
      <span className={place.archivedAt ? 'tree-node-archived' : undefined}>{place.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`kinds.${place.kind}`)}
      </Typography.Text>
      {place.isDemonstration && (
        <StarFilled style={{ color: '#d48806', fontSize: 12 }} title={t('places.demonstration')} />
      )}
    </span>
  );
}

/** The place tree, loading each level when it is opened. */
export function PlaceTree({ selectedId, includeArchived, expandTo, onSelect }: Props) {
  const { t } = useTranslation();
  const tree = usePlaceTree(includeArchived);
  const [expanded, setExpanded] = useState<string[]>([]);
  const { open } = tree;
  const path = expandTo.join('/');

  useEffect(() => {
    const ids = path ? path.split('/') : [];
    if (ids.length === 0) return;
    open(ids);
    setExpanded((prev) => [...new Set([...prev, ...ids])]);
  }, [path, open]);

  if (tree.top.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (tree.top.isError) return <Alert type="error" showIcon title={errorMessage(tree.top.error)} />;
  if (tree.top.data.items.length === 0) return <Empty description={t('places.empty')} />;

  const build = (list: PlaceSummary[]): TreeDataNode[] =>
    list.map((p) => {
      const children = tree.childrenOf.get(p.id);
      return {
        key: p.id,
        title: <NodeTitle place={p} />,
        isLeaf: tree.isLeaf(p),
        children: children ? build(children) : undefined,
      };
    });

  return (
    <Tree
      blockNode
      defaultExpandParent={false} // keep opened places open while their parents are still loading
      showLine={{ showLeafIcon: false }}
      treeData={build(tree.top.data.items)}
      loadData={(node) => tree.load(String(node.key))}
      loadedKeys={tree.loadedKeys}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_keys, info) => onSelect(String(info.node.key))}
    />
  );
}
