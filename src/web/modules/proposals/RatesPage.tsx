import './proposals.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, DatePicker, Form, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROPOSAL_RATES, type ProposalRate } from '../../../shared/access/proposals';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PlaceFilter } from '../places';
import { useRates } from './api';
import { formatRate } from './format';
import { asYear, listLink, rateLinks } from './links';
import type { RatesRow } from './types';

type Row = RatesRow & { key: string; unitId?: string; name: string };

/** /proposals/rates — 答复率、见面率、满意度 per handling unit for a year; every number opens its list. */
export default function RatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('proposals.ratesPage.title'));
  const [params, setParams] = useSearchParams();
  const year = asYear(params.get('year')) ?? dayjs().year();
  const placeId = params.get('placeId') ?? undefined;
  const rates = useRates(year, placeId);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const scope = (unitId?: string) => ({ year, unitId, placeId });

  // each column's cell, used by the units' rows and the total row alike
  const rateCell = (rate: ProposalRate) => (r: Row) => {
    const links = rateLinks(scope(r.unitId), rate);
    return (
      <span className="proposal-rate">
        <Link to={links.numerator}>{r[rate].numerator}</Link> /{' '}
        <Link to={links.denominator}>{r[rate].denominator}</Link>
        <span className="proposal-rate-value">{formatRate(r[rate].value) ?? t('common.none')}</span>
      </span>
    );
  };
  const cells: { key: string; title: string; numeric: boolean; cell: (r: Row) => ReactNode }[] = [
    { key: 'unit', title: t('proposals.ratesPage.unit'), numeric: false, cell: (r) => r.name },
    {
      key: 'assigned',
      title: t('proposals.ratesPage.assigned'),
      numeric: true,
      cell: (r) => <Link to={listLink(scope(r.unitId), 'all')}>{r.assigned}</Link>,
    },
    ...PROPOSAL_RATES.map((rate) => ({
      key: rate,
      title: t(`proposals.rates.${rate}`),
      numeric: true,
      cell: rateCell(rate),
    })),
  ];
  const columns: TableColumnsType<Row> = cells.map((c) => ({
    key: c.key,
    title: c.title,
    align: c.numeric ? 'right' : 'left',
    render: (_, r) => c.cell(r),
  }));
  const units: Row[] = (rates.data?.units ?? []).map((u) => ({
    ...u,
    key: u.unit.id,
    unitId: u.unit.id,
    name: u.unit.displayName,
  }));
  const total: Row | undefined = rates.data && {
    ...rates.data.total,
    key: 'total',
    name: t('proposals.ratesPage.total'),
  };

  return (
    <>
      <Link to={listLink(scope(), 'all')} className="back-link">
        <ArrowLeftOutlined /> {t('proposals.ratesPage.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t('proposals.ratesPage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('proposals.ratesPage.help')}</Typography.Paragraph>
      <Form layout="inline" className="toolbar proposal-filters">
        <Form.Item label={t('proposals.list.year')} htmlFor="rates-year">
          <DatePicker
            id="rates-year"
            picker="year"
            allowClear={false}
            value={dayjs().year(year)}
            onChange={(d) => set('year', d ? String(d.year()) : undefined)}
            style={{ width: 110 }}
          />
        </Form.Item>
        <PlaceFilter
          id="rates-place"
          label={t('proposals.list.place')}
          value={placeId}
          onChange={(v) => set('placeId', v)}
        />
      </Form>
      {rates.isError && <Alert type="error" showIcon title={errorMessage(rates.error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="key"
        columns={columns}
        dataSource={units}
        loading={rates.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('proposals.ratesPage.empty') }}
        summary={() =>
          total && units.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row className="proposal-total-row">
                {cells.map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i} align={c.numeric ? 'right' : 'left'}>
                    {c.cell(total)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </>
  );
}
