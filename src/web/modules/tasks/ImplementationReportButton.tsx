import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/api';
import { DocumentButton } from './DocumentButton';
import { mayUseBoard } from './roles';

type Outcome = { id: string; code: string; status: string };

/**
 * 导出落实情况报告: once the outcome has been sent (a draft has nothing to report), for those of its
 * region — a department it was sent to sees only its own tasks, and the report names every unit's.
 */
export function ImplementationReportButton({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const me = useMe();
  if (outcome.status === 'draft' || !mayUseBoard(me.data)) return null;
  return (
    <DocumentButton
      url={`/api/outcomes/${outcome.id}/implementation-report.docx`}
      fileName={t('tasks.documents.reportFile', { code: outcome.code })}
      label={t('tasks.documents.report')}
    />
  );
}
