import './tasks.css';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ExportExcelButton } from '../../ui/ExportExcelButton';
import { FilterBar } from '../../ui/FilterBar';
import { useTasks } from './api';
import { TasksTable } from './TasksTable';
import { useTaskParams } from './use-task-params';
import { ViewCards } from './ViewCards';

/** /tasks — 我的任务: the tasks one carries out, the open ones first (the default view), by view. */
export default function MyTasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.mine.title'));
  const { filters, setFilter, search } = useTaskParams(true);
  const list = useTasks(filters);

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('tasks.mine.title')}
        </Typography.Title>
        <ExportExcelButton
          path="/api/tasks/export.xlsx"
          filters={filters}
          fileName="my-tasks.xlsx"
          total={list.data?.total}
        />
      </Flex>
      <ViewCards
        value={filters.view ?? 'open'}
        counts={list.data?.counts.views}
        onChange={(view) => setFilter({ view })}
        label={t('tasks.mine.title')}
      />
      <FilterBar
        className="task-list-toolbar"
        search={{
          q: filters.q,
          onSearch: (q) => setFilter({ q }),
          label: t('tasks.search'),
          placeholder: t('tasks.searchPlaceholder'),
          width: 260,
        }}
      >
        {null}
      </FilterBar>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      <TasksTable
        data={list.data}
        loading={list.isFetching}
        filters={filters}
        from={`/tasks${search}`}
        onPage={(page, pageSize) => setFilter({ page, pageSize })}
        empty={t('tasks.mine.empty')}
      />
    </>
  );
}
