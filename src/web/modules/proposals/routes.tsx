import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ProposalsPage = lazy(() => import('./ProposalsPage'));
const RatesPage = lazy(() => import('./RatesPage'));
const HandlingPage = lazy(() => import('./HandlingPage'));

/** The console's 提案办理 pages, under the app shell. */
export const proposalRoutes: RouteObject[] = [
  { path: 'proposals', element: <ProposalsPage /> },
  { path: 'proposals/rates', element: <RatesPage /> },
  { path: 'proposals/:id', element: <HandlingPage /> },
];
