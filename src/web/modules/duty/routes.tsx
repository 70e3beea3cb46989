import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const HomePage = lazy(() => import('./HomePage'));
const DutyPage = lazy(() => import('./DutyPage'));
const LedgerPage = lazy(() => import('./LedgerPage'));
const RulesPage = lazy(() => import('./RulesPage'));
const EntryPage = lazy(() => import('./EntryPage'));

/** The console's 履职考核 pages and the member's own home, under the app shell. */
export const dutyRoutes: RouteObject[] = [
  { path: 'home', element: <HomePage /> },
  { path: 'duty', element: <DutyPage /> },
  { path: 'duty/rules', element: <RulesPage /> },
  { path: 'duty/members/:id', element: <LedgerPage /> },
  { path: 'duty/entries/:id', element: <EntryPage /> },
];
