// What other modules use from outcomes (the pages load through the router, each its own chunk).
export { CaseFileCard } from './CaseFileCard';
