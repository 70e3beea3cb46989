// The member groups module's door (委员小组, 联系点覆盖).

export { countCoverage } from './count';
export { memberGroupRoutes } from './routes';
