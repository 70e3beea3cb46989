import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftGroup, RowErrors } from './synonyms-draft';

export type SynonymRow = { group: DraftGroup; index: number };

type Props = {
  rows: SynonymRow[];
  errors: RowErrors;
  paging: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
  empty: string;
  onEdit: (group: DraftGroup) => void;
  onRemove: (key: string) => void;
};

/** The groups: their number in the table (as the server's messages count), shown word, other words. */
export function SynonymsTable({ rows, errors, paging, onPage, empty, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const wordTag = (word: string, j: number, key: string) => (
    <Tag key={`${j}-${word}`} className={errors.get(key)?.words.has(j) ? 'synonym-word is-fault' : 'synonym-word'}>
      {word}
    </Tag>
  );

  const columns: TableColumnsType<SynonymRow> = [
    { key: 'index', title: t('vocabulary.columns.index'), width: 64, render: (_, r) => r.index + 1 },
    {
      key: 'shown',
      title: t('vocabulary.columns.shown'),
      width: 180,
      render: (_, { group }) => (
        <span className={errors.get(group.key)?.words.has(0) ? 'synonym-shown is-fault' : 'synonym-shown'}>
          {group.words[0]}
        </span>
      ),
    },
    {
      key: 'others',
      title: t('vocabulary.columns.others'),
      render: (_, { group }) => {
        const problems = errors.get(group.key)?.messages ?? [];
        return (
          <>
            <div className="synonym-words">{group.words.slice(1).map((w, i) => wordTag(w, i + 1, group.key))}</div>
            {problems.map((m) => (
              <div key={m} className="synonym-problem">
                {m}
              </div>
            ))}
          </>
        );
      },
    },
    {
      key: 'actions',
      title: t('vocabulary.columns.actions'),
      width: 170,
      render: (_, { group }) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(group)}>
            {t('vocabulary.edit')}
          </Button>
          <Popconfirm
            title={t('vocabulary.removeConfirm', { word: group.words[0] ?? '' })}
            description={t('vocabulary.removeHint')}
            okText={t('vocabulary.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRemove(group.key)}
          >
            <Button type="link" size="small" icon={<DeleteOutlined />}>
              {t('vocabulary.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<SynonymRow>
      rowKey={(r) => r.group.key}
      size="middle"
      columns={columns}
      dataSource={rows}
      rowClassName={(r) => (errors.has(r.group.key) ? 'synonym-row-fault' : '')}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: rows.length,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPage,
      }}
    />
  );
}
