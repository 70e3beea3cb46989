// The notifications module's door (站内通知): other modules file notices with notify(); the app
// registers the mail jobs when the deployment has an SMTP server.

export { type Notice, notify } from './notify';
export { notificationRoutes } from './routes';
export { notificationMailJobs } from './send-mail';
