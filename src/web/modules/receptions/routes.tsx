import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ReceptionsPage = lazy(() => import('./ReceptionsPage'));
const ReceptionPage = lazy(() => import('./ReceptionPage'));

/** The console's 委员接待日 pages, under the app shell. */
export const receptionRoutes: RouteObject[] = [
  { path: 'receptions', element: <ReceptionsPage /> },
  { path: 'receptions/:id', element: <ReceptionPage /> },
];
