// The workbench module's door (工作台).
export { workbenchRoutes } from './routes';
