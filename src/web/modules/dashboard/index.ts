// What other parts of the console use from the dashboard (the pages load through routes.tsx, each its own chunk).
export { mayUseDashboard } from './roles';
export { DashboardScreenPage, dashboardRoutes } from './routes';
