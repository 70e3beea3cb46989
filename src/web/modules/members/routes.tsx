import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const MembersPage = lazy(() => import('./MembersPage'));
const MemberPage = lazy(() => import('./MemberPage'));

/** The console's 委员名册 pages, under the app shell (/members/groups and /members/coverage are the groups'). */
export const memberRoutes: RouteObject[] = [
  { path: 'members', element: <MembersPage /> },
  { path: 'members/:id', element: <MemberPage /> },
];
