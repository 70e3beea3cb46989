// What other modules use from accounts.
export { GrantTags, RoleTag, StatusTags } from './AccountTags';
