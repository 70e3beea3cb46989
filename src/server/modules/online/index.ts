// The online module's door (网络协商/云协商: statements, votes, the agreement view).
export { publicOnlineRoutes } from './public-routes';
export { onlineRoutes } from './routes';
