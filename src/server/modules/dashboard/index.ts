// The dashboard module's door (数据看板).
export { getDashboard } from './get-dashboard';
export { dashboardReportRoutes } from './report-routes';
export { dashboardRoutes } from './routes';
