// The members module's door (委员名册): other modules use only what is exported here.
//   listMembersAt(db, placeId, kind?)  members in office serving a place (workstation or 下沉), with
//                                       their 界别, level and 专长 — for rotas, whistles, coverage checks
//   visibleMembers(actor)              the members an actor sees, as SQL over accounts ⋈ places (home)
//   isMemberAccount                     SQL over accounts: holds a `member` role
//   canMember(actor, action, scope)     read / manage a member (scope: id, home path, served paths)
//   maskPhone(phone)                   138****5678, as profiles keep it for lists

export { canMember, type MemberScope, visibleMembers } from './policy';
export { isMemberAccount, membersAt as listMembersAt, rosterFilters } from './queries';
export { memberRoutes } from './routes';
export { maskPhone } from './rules';
