// The proposals module's door (提案办理: 交办, 答复, 见面, 满意度, 重新办理, 答复率/见面率/满意度).

export { seedDemoProposals } from './demo';
export { proposalRoutes } from './routes';
