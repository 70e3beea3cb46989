// The duty module's door (履职量化考核).

export { dutyRoutes } from './routes';
