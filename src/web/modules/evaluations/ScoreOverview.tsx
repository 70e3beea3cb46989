import { Flex, Progress, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { percent, scaleWord, TONE_COLOURS, toneOf } from './scale';
import type { EvaluationSummary, ScorePart } from './types';

/** The combined score, large, with its three parts: who, their weight, their mean and how many. */
export function ScoreOverview({ summary }: { summary: EvaluationSummary }) {
  const { t } = useTranslation();
  const { score, parts } = summary.combined;
  return (
    <div className="evaluation-overview">
      <div className="evaluation-combined">
        <Progress
          type="circle"
          size={104}
          aria-label={t('evaluations.combined')}
          percent={score ?? 0}
          strokeColor={score === null ? undefined : TONE_COLOURS[toneOf(score)]}
          format={() =>
            score === null ? (
              <span className="evaluation-combined-none">{t('evaluations.noScore')}</span>
            ) : (
              <span className="evaluation-combined-score">{score}</span>
            )
          }
        />
        <Typography.Text type="secondary">
          {t('evaluations.combined')} {score === null ? '' : t('evaluations.outOf')}
        </Typography.Text>
      </div>
      <ul className="evaluation-parts">
        {parts.map((p) => (
          <PartRow key={p.kind} part={p} />
        ))}
      </ul>
      <Typography.Paragraph type="secondary" className="evaluation-weights">
        {t('evaluations.weights')}
      </Typography.Paragraph>
    </div>
  );
}

function PartRow({ part: p }: { part: ScorePart }) {
  const { t } = useTranslation();
  const scale = p.kind === 'resident' ? t('evaluations.satisfaction') : t('evaluations.grades');
  return (
    <li className="evaluation-part">
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Text strong>{t(`evaluations.kinds.${p.kind}`)}</Typography.Text>
        <Typography.Text type="secondary" className="evaluation-part-weight">
          {t('evaluations.part.weight', { weight: percent(p.effectiveWeight || p.weight) })}
        </Typography.Text>
      </Flex>
      {p.mean === null ? (
        <Typography.Text type="secondary">{t('evaluations.part.none')}</Typography.Text>
      ) : (
        <Flex align="center" gap={8} wrap>
          <Rate disabled allowHalf value={Math.round(p.mean * 2) / 2} className="evaluation-part-stars" />
          <span className="evaluation-part-score">{p.score}</span>
          <Typography.Text type="secondary">
            {scaleWord(scale, p.mean)} · {t('evaluations.part.mean', { mean: p.mean })} ·{' '}
            {t('evaluations.part.count', { count: p.count })}
          </Typography.Text>
        </Flex>
      )}
    </li>
  );
}
