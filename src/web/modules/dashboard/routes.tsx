import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// lazily loaded, so only these pages carry ECharts
const DashboardPage = lazy(() => import('./DashboardPage'));

/** 数据看板, under the app shell. */
export const dashboardRoutes: RouteObject[] = [{ path: 'dashboard', element: <DashboardPage /> }];

/** 大屏: the same figures for a wall screen, outside the app shell (no menu); the router wraps it in sign-in. */
export const DashboardScreenPage = lazy(() => import('./ScreenPage'));
