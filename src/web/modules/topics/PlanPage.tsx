import './topics.css';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Form, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PLAN_ITEM_STATUSES } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { deploymentDay } from '../../lib/deployment-day';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DownloadButton } from '../../ui/DownloadButton';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { planExportUrl, usePlan } from './api';
import { PlanTable } from './PlanTable';
import { ProposeModal } from './ProposeModal';
import { ReturnModal } from './ReturnModal';
import { planReach } from './roles';
import { PlanStatusTag } from './TopicTags';
import type { PlanItem } from './types';

/** /plan — a district's annual consultation plan (年度协商计划): proposals, a leader's decisions, the Word export. */
export default function PlanPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('topics.plan.title'));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(deploymentDay(Date.now()).slice(0, 4));
  const reach = planReach(me.data);
  const districtId = params.get('district') ?? reach.place?.id;
  const year = Number(params.get('year')) || thisYear;
  const plan = usePlan(districtId, year);
  const [proposing, setProposing] = useState(false);
  const [returning, setReturning] = useState<PlanItem | null>(null);
  const set = (k: 'district' | 'year', v: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined) next.delete(k);
    else next.set(k, String(v));
    setParams(next);
  };
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={2} className="page-title">
          {plan.data ? t('topics.plan.yearOf', { district: plan.data.district.name, year }) : t('topics.plan.title')}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          {plan.data?.abilities.propose && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
              {t('topics.plan.proposeTopic')}
            </Button>
          )}
          <DownloadButton
            url={planExportUrl(districtId ?? '', year)}
            fileName={`${plan.data?.district.name ?? ''}政协${year}年度协商计划.docx`}
            label={t('topics.plan.export')}
            icon={<DownloadOutlined />}
            isDisabled={!plan.data}
          />
          {districtId && (
            <ExportExcelButton
              path={`/api/plans/${districtId}/${year}/export.xlsx`}
              filters={{}}
              fileName={`${plan.data?.district.name ?? ''}${year}年度协商计划.xlsx`}
              total={plan.data?.items.length}
            />
          )}
        </Space>
      </Flex>
      <Form layout="inline" className="plan-toolbar">
        {/* no district in reach: a picker offering only one's township would be a dead end */}
        {(reach.place || districtId) && (
          <Form.Item label={t('topics.plan.district')} htmlFor="plan-district">
            <PlacePicker
              id="plan-district"
              value={districtId}
              onChange={(v) => set('district', v)}
              selectable={(p) => p.kind === 'district'}
              style={{ width: 220 }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('topics.plan.year')} htmlFor="plan-year">
          <Select
            id="plan-year"
            value={year}
            onChange={(v: number) => set('year', v)}
            options={years.map((y) => ({ value: y, label: t('topics.plan.yearN', { year: y }) }))}
            style={{ width: 120 }}
          />
        </Form.Item>
        {plan.data && (
          <Form.Item>
            <Space size={4} wrap>
              {PLAN_ITEM_STATUSES.map((s) => (
                <span key={s}>
                  <PlanStatusTag status={s} />
                  {plan.data.counts[s]}
                </span>
              ))}
              <Tag>{t('common.total', { count: plan.data.items.length })}</Tag>
            </Space>
          </Form.Item>
        )}
      </Form>
      {!districtId && (
        <Empty
          description={
            reach.place === undefined && reach.reach.length > 0
              ? t('topics.plan.outsideReach', { places: reach.reach.map((p) => p.name).join('、') })
              : t('topics.plan.noDistrict')
          }
        />
      )}
      {plan.isError && <Alert type="error" showIcon title={errorMessage(plan.error)} style={{ marginBottom: 16 }} />}
      {districtId && <PlanTable plan={plan.data} loading={plan.isFetching} onReturn={setReturning} />}
      {plan.data && <ProposeModal plan={plan.data} open={proposing} onClose={() => setProposing(false)} />}
      <ReturnModal item={returning} onClose={() => setReturning(null)} />
    </>
  );
}
