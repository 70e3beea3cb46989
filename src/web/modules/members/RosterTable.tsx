import { type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '../../ui/PagedTable';
import type { MemberFilters, MemberList, MemberSummary } from './types';

type Props = {
  data: MemberList | undefined;
  loading: boolean;
  filters: MemberFilters;
  /** The roster's URL query, so the profile can lead back to the same view. */
  search: string;
  onPage: (page: number, pageSize: number) => void;
};

/** A text cut to `width` with the whole of it on hover, so the key columns fit 1280 px. */
function Clipped({ text, width }: { text: string; width: number }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: width }}>
      {text}
    </Typography.Text>
  );
}

/** One page of the roster; a row opens the member's profile. */
export function RosterTable({ data, loading, filters, search, onPage }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MemberSummary> = [
    {
      key: 'memberNo',
      title: t('members.list.memberNo'),
      render: (_, m) => <span className="member-no">{m.profile?.memberNo ?? '—'}</span>,
    },
    {
      key: 'name',
      title: t('members.list.name'),
      render: (_, m) => (
        <Link to={`/members/${m.id}`} state={{ roster: search }}>
          {m.displayName}
        </Link>
      ),
    },
    {
      key: 'sector',
      title: t('members.list.sector'),
      render: (_, m) =>
        m.profile ? (
          <Clipped text={t(`sectors.${m.profile.sector}`)} width={96} />
        ) : (
          <Tag>{t('members.list.noProfile')}</Tag>
        ),
    },
    {
      key: 'level',
      title: t('members.list.level'),
      render: (_, m) => (m.profile ? t(`members.levels.${m.profile.level}`) : '—'),
    },
    {
      key: 'party',
      title: t('members.list.party'),
      render: (_, m) => (m.profile ? <Clipped text={t(`members.parties.${m.profile.party}`)} width={90} /> : '—'),
    },
    {
      key: 'employer',
      title: t('members.list.employer'),
      render: (_, m) => (
        <Clipped text={[m.profile?.employer, m.profile?.position].filter(Boolean).join(' ')} width={140} />
      ),
    },
    { key: 'home', title: t('members.list.home'), render: (_, m) => <Clipped text={m.homePlace.name} width={80} /> },
    {
      key: 'places',
      title: t('members.list.places'),
      render: (_, m) => (
        <Clipped
          text={m.places
            .filter((p) => p.kind === 'assigned')
            .map((p) => p.place.name)
            .join('、')}
          width={120}
        />
      ),
    },
    {
      key: 'phone',
      title: t('members.list.phone'),
      render: (_, m) => <span className="member-no">{m.phoneMasked ?? '—'}</span>,
    },
  ];
  return (
    <PagedTable<MemberSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={t('members.list.empty')}
      size="middle"
      rowHref={(m) => `/members/${m.id}`}
      rowState={{ roster: search }}
    />
  );
}
