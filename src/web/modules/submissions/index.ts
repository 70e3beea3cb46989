// What other modules use from submissions (the pages load through the router, each its own chunk).
export { useCategories } from './api';
export { mayReadSubmissions } from './roles';
