import { useTranslation } from 'react-i18next';
import { DocumentButton } from './DocumentButton';
import type { TaskDetail } from './types';

/** 导出督办单: for those who press the task (the server's `abilities.sheet`). */
export function SupervisionSheetButton({ task }: { task: Pick<TaskDetail, 'id' | 'code' | 'abilities'> }) {
  const { t } = useTranslation();
  if (!task.abilities.sheet) return null;
  return (
    <DocumentButton
      url={`/api/tasks/${task.id}/supervision-sheet.docx`}
      fileName={t('tasks.documents.sheetFile', { code: task.code })}
      label={t('tasks.documents.sheet')}
    />
  );
}
