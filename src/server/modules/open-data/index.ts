// The open data module's door (开放数据: /open-data/v1/).
export { openDataRoutes } from './routes';
