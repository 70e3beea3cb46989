import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ContactsPage = lazy(() => import('./ContactsPage'));
const ContactPage = lazy(() => import('./ContactPage'));

/** The console's 联系群众 pages, under the app shell. */
export const contactRoutes: RouteObject[] = [
  { path: 'contacts', element: <ContactsPage /> },
  { path: 'contacts/:id', element: <ContactPage /> },
];
