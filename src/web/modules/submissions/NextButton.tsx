import { RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmissions } from './api';
import type { SubmissionDetail } from './types';
import { inboxFilters } from './use-inbox-params';

type Props = { submission: SubmissionDetail; inbox: string };

/**
 * 下一条: the next item of the inbox view this one was opened from (`inbox`, its URL query). Once
 * this item is handled — its status moved on while the page was open, or it is not of the view's
 * status — the button turns primary, as the natural next step; an item that left a view filtered
 * by status is no longer in it, so the first item left is the next.
 */
export function NextButton({ submission: s, inbox }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = inboxFilters(new URLSearchParams(inbox));
  const list = useSubmissions(filters);
  const items = list.data?.items ?? [];
  const at = items.findIndex((i) => i.id === s.id);
  const next = at >= 0 ? items[at + 1] : items[0];
  // the page is keyed by the item: this is its status when it was opened
  const openedAs = useRef(s.status).current;
  const isHandled = s.status !== openedAs || (filters.status !== undefined && s.status !== filters.status);
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
