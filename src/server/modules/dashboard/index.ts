// The dashboard module's door (数据看板).
export { dashboardRoutes } from './routes';
