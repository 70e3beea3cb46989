import { Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/use-debounced';
import { useTopicBrief, useTopicSearch } from './api';
import { isSchedulable } from './schedule-form';
import { TopicStatusTag } from './tags';
import type { TopicOption } from './types';

type Props = { id?: string; value?: string; onChange?: (topicId: string | undefined) => void };

/** Search topics by code or title; those a consultation cannot be held on yet are shown, not chosen. */
export function TopicSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebounced(search.trim());
  const hits = useTopicSearch(q, isOpen);
  const chosen = useTopicBrief(value);
  const items: Pick<TopicOption, 'id' | 'code' | 'title' | 'status' | 'urgency'>[] = hits.data?.items ?? [];
  if (chosen.data && !items.some((i) => i.id === chosen.data.id)) items.unshift(chosen.data);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      onOpenChange={setIsOpen}
      placeholder={t('consultations.scheduleForm.topicPlaceholder')}
      notFoundContent={hits.isFetching ? <Spin size="small" /> : t('consultations.scheduleForm.noTopics')}
      optionLabelProp="label"
      options={items.map((topic) => ({
        value: topic.id,
        disabled: !isSchedulable(topic),
        label: `${topic.code} ${topic.title}`,
        title: topic.title,
        display: (
          <Space size={6}>
            <span className="record-code">{topic.code}</span>
            <span>{topic.title}</span>
            <TopicStatusTag status={topic.status} />
            {topic.urgency === 'urgent' && <span className="urgent-mark">{t('consultations.urgent')}</span>}
          </Space>
        ),
      }))}
      optionRender={(option) => option.data.display}
    />
  );
}
