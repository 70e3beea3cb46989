// The contacts module's door (联系群众).

export { countContacts } from './count';
export { phoneColumns as contactPhoneColumns } from './keep-contact';
export { contactRoutes } from './routes';
