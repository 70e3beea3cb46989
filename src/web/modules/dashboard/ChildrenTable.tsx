import { Descriptions, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { figureLink, linkPeriodOf } from '../../../shared/figure-links';
import { comparePlaceNames } from '../../../shared/place-order';
import { FigureValue } from './FigureValue';
import { compareFigures } from './format';
import { dashboardLink } from './links';
import type { ChildFigures, DashboardQuery, FigureKey } from './types';
import { useDashboardWords } from './use-words';

/** `period`: the answer's, whose days each child's links carry */
type Props = { rows: ChildFigures[]; query: DashboardQuery; period: { from: string; to: string }; loading: boolean };

// the columns that compare townships at a glance and fit 1280 px; the rest open under each row
const COLUMNS: readonly FigureKey[] = [
  'received',
  'solved',
  'overdue',
  'satisfaction',
  'topics',
  'consultations',
  'participants',
  'outcomesCarriedOut',
  'members',
];

type ChildFigure = ChildFigures['figures'][number];
const figureOf = (r: ChildFigures, key: FigureKey): ChildFigure | undefined => r.figures.find((f) => f.key === key);

/** The child places with the same figures, sortable; a name drills into that place's dashboard. */
export function ChildrenTable({ rows, query, period, loading }: Props) {
  const { t } = useTranslation();
  const linkPeriod = linkPeriodOf(period);
  // a child's number opens its own list: the link the server gives the place's figures, made here for each child
  const linkOf = (r: ChildFigures, f: ChildFigure) => figureLink(f.key, r.place.id, linkPeriod);
  const words = useDashboardWords();
  const present = COLUMNS.filter((key) => rows.some((r) => figureOf(r, key)));
  const columns: TableColumnsType<ChildFigures> = [
    {
      key: 'name',
      title: t('dashboard.children.name'),
      width: 160,
      sorter: (a, b) => comparePlaceNames(a.place.name, b.place.name),
      render: (_, r) => (
        <Link
          to={dashboardLink('/dashboard', { ...query, placeId: r.place.id })}
          title={t('dashboard.children.drill', { name: r.place.name })}
        >
          {r.place.name}
        </Link>
      ),
    },
    ...present.map((key): TableColumnsType<ChildFigures>[number] => ({
      key,
      title: words.figure(key),
      align: 'right',
      sorter: (a, b) => compareFigures(figureOf(a, key)?.value, figureOf(b, key)?.value),
      sortDirections: ['descend', 'ascend'],
      render: (_, r) => {
        const f = figureOf(r, key);
        return f ? <FigureValue value={f.value} unit={f.unit} link={linkOf(r, f)} /> : t('common.none');
      },
    })),
  ];
  const others = (r: ChildFigures) => r.figures.filter((f) => !present.includes(f.key));

  return (
    <Table<ChildFigures>
      rowKey={(r) => r.place.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      tableLayout="fixed"
      locale={{ emptyText: t('dashboard.children.empty') }}
      expandable={{
        rowExpandable: (r) => others(r).length > 0,
        expandedRowRender: (r) => (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3, xl: 4 }}
            title={t('dashboard.children.more')}
            items={others(r).map((f) => ({
              key: f.key,
              label: words.figure(f.key),
              children: (
                <>
                  <FigureValue value={f.value} unit={f.unit} link={linkOf(r, f)} />
                  {f.value !== null && words.suffix(f.unit) ? ` ${words.suffix(f.unit)}` : ''}
                </>
              ),
            }))}
          />
        ),
      }}
    />
  );
}
