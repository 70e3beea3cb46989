import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const WhistlesPage = lazy(() => import('./WhistlesPage'));
const WhistlePage = lazy(() => import('./WhistlePage'));

/** The console's 吹哨报到 pages, under the app shell. */
export const whistleRoutes: RouteObject[] = [
  { path: 'whistles', element: <WhistlesPage /> },
  { path: 'whistles/:id', element: <WhistlePage /> },
];
