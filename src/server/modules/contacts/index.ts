// The contacts module's door (联系群众).

export { contactRoutes } from './routes';
