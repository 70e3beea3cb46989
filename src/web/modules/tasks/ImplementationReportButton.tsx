import { useTranslation } from 'react-i18next';
import { DocumentButton } from './DocumentButton';

type Outcome = { id: string; code: string; status: string };

/** 导出落实情况报告: once the outcome has been sent (a draft has nothing to report). */
export function ImplementationReportButton({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.status === 'draft') return null;
  return (
    <DocumentButton
      url={`/api/outcomes/${outcome.id}/implementation-report.docx`}
      fileName={t('tasks.documents.reportFile', { code: outcome.code })}
      label={t('tasks.documents.report')}
    />
  );
}
