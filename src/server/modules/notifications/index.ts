// The notifications module's door (站内通知): other modules file notices with notify().

export { type Notice, notify } from './notify';
export { notificationRoutes } from './routes';
