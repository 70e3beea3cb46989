import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const WritingsPage = lazy(() => import('./WritingsPage'));
const WritingPage = lazy(() => import('./WritingPage'));
const NewWritingPage = lazy(() => import('./WritingFormPage').then((m) => ({ default: m.NewWritingPage })));
const EditWritingPage = lazy(() => import('./WritingFormPage').then((m) => ({ default: m.EditWritingPage })));

/** The console's 社情民意与提案 pages, under the app shell. */
export const writingRoutes: RouteObject[] = [
  { path: 'writings', element: <WritingsPage /> },
  { path: 'writings/new', element: <NewWritingPage /> },
  { path: 'writings/:id', element: <WritingPage /> },
  { path: 'writings/:id/edit', element: <EditWritingPage /> },
];
