import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { formatDate } from './format';
import type { HandlingStep } from './types';

/** What one step says, in the reader's language. */
function StepText({ step }: { step: HandlingStep }) {
  const { t } = useTranslation();
  switch (step.kind) {
    case 'assigned':
      return <>{t('proposals.steps.assigned', { due: formatDate(step.dueAt), year: step.year })}</>;
    case 'replied':
      return (
        <>
          <div>{t('proposals.steps.replied', { category: t(`proposals.categories.${step.category}`) })}</div>
          <Typography.Paragraph className="proposal-text" ellipsis={{ rows: 3, expandable: true }}>
            {step.reply}
          </Typography.Paragraph>
        </>
      );
    case 'met':
      return (
        <>
          <div>{t('proposals.steps.met', { when: formatDateTime(step.metAt), who: step.metWith })}</div>
          {step.note && <Typography.Text type="secondary">{step.note}</Typography.Text>}
        </>
      );
    case 'rated':
      return (
        <>
          <div>
            {t('proposals.steps.rated', { satisfaction: t(`proposals.satisfactions.${step.satisfaction}`) })}
            {step.onBehalf && <Typography.Text type="secondary">（{t('proposals.steps.onBehalf')}）</Typography.Text>}
          </div>
          {step.note && <Typography.Text type="secondary">{step.note}</Typography.Text>}
        </>
      );
    case 'rehandled':
      return <>{t('proposals.steps.rehandled', { due: formatDate(step.dueAt) })}</>;
  }
}

/** 办理过程: every step, both rounds when it was handled again, oldest first. */
export function HandlingSteps({ steps }: { steps: HandlingStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Timeline
      items={steps.map((step, i) => ({
        key: `${step.kind}-${i}`,
        color:
          step.kind === 'rehandled' || (step.kind === 'rated' && step.satisfaction === 'unsatisfied') ? 'red' : 'blue',
        content: (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(step.at)} · {step.actor ?? t('common.none')}
              {step.round > 1 && ` · ${t('proposals.detail.round', { round: step.round })}`}
            </Typography.Text>
            <div>
              <StepText step={step} />
            </div>
          </>
        ),
      }))}
    />
  );
}
