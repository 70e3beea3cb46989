// What the app shell uses from notifications (the page loads through the router, its own chunk).
export { NotificationBell } from './NotificationBell';
