import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/use-debounced';
import { useSubmissionSearch } from './api';
import type { SubmissionDetail } from './types';

type Props = {
  id?: string; // from Form.Item, so the field's label points here
  value?: string;
  onChange?: (id: string | undefined) => void;
  submission: SubmissionDetail;
};

type Candidate = { id: string; trackingCode: string; content: string; status: string };

const label = (c: Candidate) =>
  `${c.trackingCode} · ${c.content.length > 40 ? `${c.content.slice(0, 40)}…` : c.content}`;

/** The submission to merge into: the similar ones first, or any found by searching its text. */
export function MergeTargetSelect({ id, value, onChange, submission }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useSubmissionSearch(q);
  // the chosen one stays labelled after the search that found it is cleared
  const [picked, setPicked] = useState<Candidate>();
  const listed: Candidate[] = q ? (found.data?.items ?? []) : submission.similar;
  const candidates = picked && !listed.some((c) => c.id === picked.id) ? [picked, ...listed] : listed;
  const options = candidates
    .filter((c) => c.id !== submission.id && c.status !== 'merged')
    .map((c) => ({ value: c.id, label: label(c) }));
  const choose = (chosen: string | undefined) => {
    setPicked(candidates.find((c) => c.id === chosen));
    onChange?.(chosen);
  };

  return (
    <Select
      id={id}
      value={value}
      onChange={choose}
      options={options}
      placeholder={t('submissions.act.targetPlaceholder')}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      allowClear
    />
  );
}
