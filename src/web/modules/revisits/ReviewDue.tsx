import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from './format';
import { reviewWords } from './revisit-form';
import type { ReviewState } from './types';

/** The review date, tagged when it has passed (red) or comes soon (gold), in words, not colour alone. */
export function ReviewDue({ reviewDueAt, reviewState }: { reviewDueAt: string | null; reviewState: ReviewState }) {
  const { t } = useTranslation();
  const words = reviewWords(reviewDueAt, reviewState, Date.now());
  return (
    <Space size={4} wrap>
      <span>{reviewDueAt ? formatDay(reviewDueAt) : t('revisits.card.noDate')}</span>
      {words && (
        <Tag color={words.key === 'overdue' ? 'red' : 'gold'}>
          {t(`revisits.state.${words.key}`, { days: words.days })}
        </Tag>
      )}
    </Space>
  );
}
