// The dashboard module's door (数据看板).
export { checkDeliberationRollups, recomputeDeliberationRollups } from './deliberation-rolled';
export { DASHBOARD_SECTIONS, getDashboard, placeOf as dashboardPlaceOf } from './get-dashboard';
export { periodOf as dashboardPeriodOf } from './period';
export { dashboardReportRoutes } from './report-routes';
export { dashboardRoutes } from './routes';
export { trendOf as dashboardTrendOf } from './trend';
