import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const TrainingsPage = lazy(() => import('./TrainingsPage'));
const TrainingPage = lazy(() => import('./TrainingPage'));

/** The console's 专题培训 pages, under the app shell. */
export const trainingRoutes: RouteObject[] = [
  { path: 'trainings', element: <TrainingsPage /> },
  { path: 'trainings/:id', element: <TrainingPage /> },
];

/** The page the sign-in QR code opens on a phone: signed in, without the console's menu. */
export const TrainingCheckInPage = lazy(() => import('./CheckInPage'));
