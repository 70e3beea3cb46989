// The annual plan module's door (年度协商计划: a district's topics for the year, 党委审定).

export { countPlanItems } from './count';
export { planRoutes } from './routes';
