// What other parts of the console use from proposals (the pages load through routes.tsx, each its own chunk).
export { ProposalHandlingCard } from './lazy-card';
export { mayHandleProposals } from './roles';
export { proposalRoutes } from './routes';
