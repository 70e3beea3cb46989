import './workbench.css';
import { Alert, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ActivityList } from './ActivityList';
import { useWorkbench } from './api';
import { WaitingCards } from './WaitingCards';

/**
 * /workbench — 工作台: where everyone lands after signing in. For each role the person holds, what
 * waits for them with its count (one click to the list of exactly those records), then the recent
 * activity of their region. Cards wrap two to a row on a phone.
 */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workbench.title'));
  const workbench = useWorkbench();
  const groups = workbench.data?.groups ?? [];
  const waiting = groups.reduce((n, g) => n + g.items.reduce((m, i) => m + i.count, 0), 0);

  return (
    <div className="workbench">
      <Typography.Title level={1} className="page-title">
        {t('workbench.title')}
      </Typography.Title>
      {workbench.isError && <Alert type="error" showIcon title={errorMessage(workbench.error)} />}
      {workbench.isPending ? (
        <Skeleton active />
      ) : (
        workbench.data && (
          <>
            {waiting === 0 && <Empty className="workbench-empty" description={t('workbench.nothing')} />}
            {groups.map((g) => (
              <WaitingCards key={g.role} group={g} />
            ))}
            <ActivityList items={workbench.data.activity} />
          </>
        )
      )}
    </div>
  );
}
