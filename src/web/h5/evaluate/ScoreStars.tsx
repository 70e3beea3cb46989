import { useT } from '../i18n';
import { StarField } from '../ui/StarField';

/** 1–5 stars with the words of the scale (非常不满意 … 非常满意) under them, each labelled "4 星 满意". */
export function ScoreStars(props: { value: number; error: string | undefined; onChange: (n: number) => void }) {
  const { t } = useT();
  const levels = t('evaluateLevels').split('|');
  return (
    <StarField
      name="score"
      id="ev-star"
      legend={t('evaluateQuestion')}
      levels={levels}
      starLabel={(n) => `${t('evaluateStar', { n })} ${levels[n - 1]}`}
      showEnds
      {...props}
    />
  );
}
