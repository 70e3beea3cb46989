// The accountability module's door (公开栏: the public board of a place).

export { publicBoardRoutes } from './routes';
