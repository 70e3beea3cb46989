import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const GroupsPage = lazy(() => import('./GroupsPage'));
const GroupPage = lazy(() => import('./GroupPage'));
const CoveragePage = lazy(() => import('./CoveragePage'));

/** The console's 委员小组 and 联系点覆盖 pages, under the app shell. */
export const memberGroupRoutes: RouteObject[] = [
  { path: 'members/groups', element: <GroupsPage /> },
  { path: 'members/groups/:id', element: <GroupPage /> },
  { path: 'members/coverage', element: <CoveragePage /> },
];
