import { Steps, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WritingStatus } from '../../../shared/enums';
import { formatDateTime } from '../../lib/format';
import type { WritingStep } from './types';

/** The road a writing walks, as a row of steps: 起草 → 提交 → 采用 → 报送, a return or a decline in red. */
export function WritingProgress({ status }: { status: WritingStatus }) {
  const { t } = useTranslation();
  const current = { draft: 0, submitted: 1, returned: 1, adopted: 2, not_adopted: 2, forwarded: 3 }[status];
  const isStopped = status === 'returned' || status === 'not_adopted';
  const reviewed = status === 'not_adopted' ? t('writings.statuses.not_adopted') : t('writings.progress.adopted');
  return (
    <Steps
      size="small"
      // side by side on a phone too, the titles beneath their numbers: four short words fit
      responsive={false}
      titlePlacement="vertical"
      current={current}
      status={isStopped ? 'error' : status === 'forwarded' ? 'finish' : 'process'}
      items={[
        { title: t('writings.progress.draft') },
        { title: status === 'returned' ? t('writings.statuses.returned') : t('writings.progress.submitted') },
        { title: reviewed },
        { title: t('writings.progress.forwarded') },
      ]}
    />
  );
}

function Change({ label, change }: { label: string; change: { before: string; after: string } }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph type="secondary" className="writing-change" ellipsis={{ rows: 3, expandable: true }}>
        {t('writings.steps.before')}：{change.before}
      </Typography.Paragraph>
      <Typography.Paragraph className="writing-change" ellipsis={{ rows: 3, expandable: true }}>
        {t('writings.steps.after')}：{change.after}
      </Typography.Paragraph>
    </div>
  );
}

/** What one step says, in the reader's language; an edit shows the text before and after (版本说明). */
function StepText({ step }: { step: WritingStep }) {
  const { t } = useTranslation();
  switch (step.kind) {
    case 'drafted':
    case 'adopted':
      return <>{t(`writings.steps.${step.kind}`)}</>;
    case 'submitted':
      return <>{t(step.isResubmission ? 'writings.steps.resubmitted' : 'writings.steps.submitted')}</>;
    case 'returned':
    case 'declined':
      return (
        <>
          <div>{t(`writings.steps.${step.kind}`)}</div>
          <Typography.Text type="secondary">{t('writings.steps.reason', { reason: step.reason })}</Typography.Text>
        </>
      );
    case 'edited':
      return (
        <>
          <div>{t('writings.steps.edited')}</div>
          {step.note && (
            <Typography.Text type="secondary">{t('writings.steps.note', { note: step.note })}</Typography.Text>
          )}
          {step.title && <Change label={t('writings.steps.titleChanged')} change={step.title} />}
          {step.body && <Change label={t('writings.steps.bodyChanged')} change={step.body} />}
        </>
      );
    case 'forwarded':
      return <>{t('writings.steps.forwarded', { names: step.recipients.map((r) => r.displayName).join('、') })}</>;
  }
}

/** 办理过程: every step, oldest first. */
export function WritingSteps({ steps }: { steps: WritingStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Timeline
      items={steps.map((step, i) => ({
        key: `${step.kind}-${i}`,
        color:
          step.kind === 'returned' || step.kind === 'declined' ? 'red' : step.kind === 'adopted' ? 'green' : 'blue',
        content: (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(step.at)} · {step.actor?.displayName ?? t('common.none')}
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
