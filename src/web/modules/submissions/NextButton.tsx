import { RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmissions } from './api';
import type { SubmissionDetail } from './types';
import { inboxFilters } from './use-inbox-params';

type Props = { submission: SubmissionDetail; inbox: string };

/**
 * 下一条: the next item of the inbox view this one was opened from (`inbox`, its URL query). Once
 * this item is handled it leaves a view filtered by status, so the first item left is the next;
 * the button turns primary then, as the natural next step.
 */
export function NextButton({ submission: s, inbox }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = inboxFilters(new URLSearchParams(inbox));
  const list = useSubmissions(filters);
  const items = list.data?.items ?? [];
  const at = items.findIndex((i) => i.id === s.id);
  const next = at >= 0 ? items[at + 1] : items[0];
  const isHandled = filters.status !== undefined && s.status !== filters.status;
  if (!next) return null;
  return (
    <Button
      type={isHandled ? 'primary' : 'default'}
      icon={<RightOutlined />}
      iconPlacement="end"
      disabled={list.isFetching}
      onClick={() => navigate(`/submissions/${next.id}`, { state: { inbox } })}
    >
      {t('submissions.detail.next')}
    </Button>
  );
}
