import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { useMe } from '../modules/auth/api';
import SignInPage from '../modules/auth/SignInPage';
import { contactRoutes } from '../modules/contacts';
import { DashboardScreenPage, dashboardRoutes } from '../modules/dashboard';
import { dutyRoutes } from '../modules/duty';
import { memberGroupRoutes } from '../modules/member-groups';
import { memberRoutes } from '../modules/members';
import { proposalRoutes } from '../modules/proposals';
import { receptionRoutes } from '../modules/receptions';
import { TrainingCheckInPage, trainingRoutes } from '../modules/trainings';
import { mayKeepSynonyms } from '../modules/vocabulary';
import { whistleRoutes } from '../modules/whistles';
import { writingRoutes } from '../modules/writings';
import { firstScreen } from './first-screen';
import { FullPageSpin, RequireAdmin, RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

// Each page is its own chunk, so the sign-in page loads without the rest of the console.
const AppShell = lazy(() => import('./AppShell'));
const ChangePasswordPage = lazy(() => import('../modules/auth/ChangePasswordPage'));
const PlacesPage = lazy(() => import('../modules/places/PlacesPage'));
const SubmissionsPage = lazy(() => import('../modules/submissions/SubmissionsPage'));
const SubmissionPage = lazy(() => import('../modules/submissions/SubmissionPage'));
const TopicsPage = lazy(() => import('../modules/topics/TopicsPage'));
const TopicPage = lazy(() => import('../modules/topics/TopicPage'));
const PlanPage = lazy(() => import('../modules/topics/PlanPage'));
const ConsultationsPage = lazy(() => import('../modules/consultations/ConsultationsPage'));
const ConsultationPage = lazy(() => import('../modules/consultations/ConsultationPage'));
const ProceduresPage = lazy(() => import('../modules/consultations/ProceduresPage'));
const OutcomesPage = lazy(() => import('../modules/outcomes/OutcomesPage'));
const OutcomePage = lazy(() => import('../modules/outcomes/OutcomePage'));
const SupervisionPage = lazy(() => import('../modules/tasks/SupervisionPage'));
const MyTasksPage = lazy(() => import('../modules/tasks/MyTasksPage'));
const TaskPage = lazy(() => import('../modules/tasks/TaskPage'));
const AccountsPage = lazy(() => import('../modules/accounts/AccountsPage'));
const AuditPage = lazy(() => import('../modules/audit/AuditPage'));
const ApiKeysPage = lazy(() => import('../modules/api-keys/ApiKeysPage'));
const SynonymsPage = lazy(() => import('../modules/vocabulary/SynonymsPage'));
const MePage = lazy(() => import('../modules/me/MePage'));
const NotificationsPage = lazy(() => import('../modules/notifications/NotificationsPage'));
const WorkbenchPage = lazy(() => import('../modules/workbench/WorkbenchPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/** The console's front door: each role opens on its own work (first-screen.ts). */
function FirstScreen() {
  const me = useMe();
  return <Navigate to={firstScreen(me.data?.grants.map((g) => g.role) ?? [])} replace />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/change-password',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<FullPageSpin />}>
          <ChangePasswordPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    // the training's sign-in QR code opens this on a phone: signed in, without the menu
    path: '/trainings/check-in/:token',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<FullPageSpin />}>
          <TrainingCheckInPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    // 大屏: full screen, dark, without the menu
    path: '/dashboard/screen',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<FullPageSpin />}>
          <DashboardScreenPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<FullPageSpin />}>
          <AppShell />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <FirstScreen /> },
      { path: 'workbench', element: <WorkbenchPage /> }, // 工作台: where everyone lands
      { path: 'places/:id?', element: <PlacesPage /> },
      { path: 'submissions', element: <SubmissionsPage /> },
      { path: 'submissions/:id', element: <SubmissionPage /> },
      { path: 'topics', element: <TopicsPage /> },
      { path: 'topics/:id', element: <TopicPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'consultations', element: <ConsultationsPage /> },
      { path: 'consultations/:id', element: <ConsultationPage /> },
      { path: 'procedures', element: <ProceduresPage /> },
      { path: 'outcomes', element: <OutcomesPage /> },
      { path: 'outcomes/:id', element: <OutcomePage /> },
      { path: 'supervision', element: <SupervisionPage /> },
      { path: 'tasks', element: <MyTasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      ...dashboardRoutes, // 数据看板
      ...proposalRoutes,
      ...memberGroupRoutes,
      ...writingRoutes,
      ...whistleRoutes,
      ...trainingRoutes,
      ...memberRoutes, // 委员名册
      // 委员履职: members' contacts (联系群众) and reception days (委员接待日)
      ...contactRoutes,
      ...receptionRoutes,
      ...dutyRoutes, // 我的履职, 履职考核
      {
        path: 'accounts/:id?',
        element: (
          <RequireAdmin>
            <AccountsPage />
          </RequireAdmin>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireAdmin>
            <AuditPage />
          </RequireAdmin>
        ),
      },
      {
        path: 'settings/api-keys',
        element: (
          <RequireAdmin>
            <ApiKeysPage />
          </RequireAdmin>
        ),
      },
      {
        path: 'settings/synonyms',
        element: (
          <RequireAdmin may={mayKeepSynonyms}>
            <SynonymsPage />
          </RequireAdmin>
        ),
      },
      { path: 'me', element: <MePage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
