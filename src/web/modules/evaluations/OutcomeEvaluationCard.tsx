import './evaluations.css';
import { Alert, Card, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useEvaluations } from './api';
import { CommentsList } from './CommentsList';
import { OwnEvaluationForm } from './OwnEvaluationForm';
import { ResidentLinkPanel } from './ResidentLinkPanel';
import { ScoreOverview } from './ScoreOverview';

/**
 * 三评 on the outcome page: the combined score and its parts, the viewer's own 党政点评 or
 * 民主评议 when they may give one, the residents' link for the liaison, and what was said.
 */
export function OutcomeEvaluationCard({ outcomeId }: { outcomeId: string }) {
  const { t } = useTranslation();
  const q = useEvaluations(outcomeId);
  const title = t('evaluations.title');
  if (q.isPending) return <Card size="small" title={title} loading />;
  if (q.isError)
    return (
      <Card size="small" title={title}>
        <Alert type="error" showIcon title={errorMessage(q.error)} />
      </Card>
    );
  const e = q.data;
  return (
    <Card size="small" title={title} className="evaluation-card">
      <ScoreOverview summary={e} />
      {!e.isOpen && <Typography.Paragraph type="secondary">{t('evaluations.closed')}</Typography.Paragraph>}
      {(e.abilities.leader || e.abilities.member) && <Divider size="small" />}
      {e.abilities.leader && <OwnEvaluationForm outcomeId={outcomeId} kind="leader" summary={e} />}
      {e.abilities.member && <OwnEvaluationForm outcomeId={outcomeId} kind="member" summary={e} />}
      {(e.residentLink || e.abilities.openLink) && <Divider size="small" />}
      <ResidentLinkPanel outcomeId={outcomeId} summary={e} />
      <Divider size="small" />
      <CommentsList outcomeId={outcomeId} summary={e} />
    </Card>
  );
}
