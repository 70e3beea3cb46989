import { useT } from '../i18n';
import { StarField } from '../ui/StarField';

/** 满意度 of a closed submission as five stars (the evaluation page's look), the scale's two ends written under them. */
export function Stars(props: { value: number; error: string | undefined; onChange: (n: number) => void }) {
  const { t } = useT();
  return (
    <StarField
      name="satisfaction"
      id="star"
      legend={t('rateSatisfaction')}
      levels={t('rateLevels').split('|')}
      starLabel={(n) => t('rateStar', { n })}
      showEnds
      {...props}
    />
  );
}
