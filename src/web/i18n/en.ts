import { ROLE_LABELS } from '../../shared/messages/accounts';
import { SECTOR_LABELS } from '../../shared/messages/sectors';
import { messages as accountsMessages } from '../modules/accounts/i18n';
import { messages as apiKeysMessages } from '../modules/api-keys/i18n';
import { messages as auditMessages } from '../modules/audit/i18n';
import { messages as authMessages } from '../modules/auth/i18n';
import { messages as consultationsMessages } from '../modules/consultations/i18n';
import { messages as contactsMessages } from '../modules/contacts/i18n';
import { messages as dashboardMessages } from '../modules/dashboard/i18n';
import { messages as dutyMessages } from '../modules/duty/i18n';
import { messages as evaluationsMessages } from '../modules/evaluations/i18n';
import { messages as meMessages } from '../modules/me/i18n';
import { messages as memberGroupsMessages } from '../modules/member-groups/i18n';
import { messages as membersMessages } from '../modules/members/i18n';
import { messages as notificationsMessages } from '../modules/notifications/i18n';
import { messages as onlineMessages } from '../modules/online/i18n';
import { messages as outcomesMessages } from '../modules/outcomes/i18n';
import { messages as placesMessages } from '../modules/places/i18n';
import { messages as proposalsMessages } from '../modules/proposals/i18n';
import { messages as receptionsMessages } from '../modules/receptions/i18n';
import { messages as revisitsMessages } from '../modules/revisits/i18n';
import { messages as submissionsMessages } from '../modules/submissions/i18n';
import { messages as tasksMessages } from '../modules/tasks/i18n';
import { messages as topicsMessages } from '../modules/topics/i18n';
import { messages as trainingsMessages } from '../modules/trainings/i18n';
import { messages as vocabularyMessages } from '../modules/vocabulary/i18n';
import { messages as whistlesMessages } from '../modules/whistles/i18n';
import { messages as workbenchMessages } from '../modules/workbench/i18n';
import { messages as writingsMessages } from '../modules/writings/i18n';
import { wordsOf } from './words';
import type { Messages } from './zh-CN';

// English. Domain words keep the Chinese term where staff will know it better (四有, 示范点 in help).
const en: Messages = {
  app: { name: 'Shangliang', title: 'Shangliang · Grassroots Consultation' },
  nav: {
    breadcrumb: 'Breadcrumb',
    detail: 'Details',
    sections: 'On this page',
    places: 'Places',
    submissions: 'Submissions',
    topics: 'Topics',
    plan: 'Annual plan',
    consultations: 'Consultations',
    procedures: 'Procedures',
    outcomes: 'Outcomes',
    supervision: 'Supervision',
    myTasks: 'My tasks',
    accounts: 'Accounts',
    audit: 'Audit log',
    synonyms: 'Synonyms',
    apiKeys: 'API keys',
    me: 'My account',
    menu: 'Main menu',
  },
  common: {
    importChecking: 'Checking every row of “{{name}}”…',
    importWriting: 'Importing “{{name}}”…',
    save: 'Save',
    downloadedMb: '{{mb}} MB received',
    exportExcel: 'Export to Excel',
    cancel: 'Cancel',
    search: 'Search',
    reset: 'Reset',
    close: 'Close',
    retry: 'Try again',
    yes: 'Yes',
    no: 'No',
    none: '—',
    saved: 'Saved',
    total: '{{count}} in total',
    notAllowed: 'You are not allowed to see this page',
    notFound: 'Page not found',
    notFoundText: 'The page you asked for does not exist or was removed.',
    backHome: 'Back to the start',
    loadFailed: 'Could not load',
    pageError: 'Something went wrong on this page',
  },
  errors: {
    network: 'Cannot reach the server; check the connection and try again',
    http: 'The server answered with an error ({{status}}); please try again',
    unknown: 'Something went wrong; please try again',
  },
  lang: { label: 'Language', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  user: {
    menu: 'User menu',
    myAccount: 'My account',
    signOut: 'Sign out',
    signOutTitle: 'Sign out?',
    signOutText: 'You will need your username and password to sign in again.',
    signedOut: 'Signed out',
  },
  // the roles in words, as the account import names them too (shared/messages/accounts)
  roles: wordsOf(ROLE_LABELS, 'en'),
  // 界别, as the roster and every other page name them (shared/messages/sectors)
  sectors: wordsOf(SECTOR_LABELS, 'en'),
  me: meMessages.en,
  // each module's own texts, kept beside its pages (modules/<module>/i18n.ts)
  ...authMessages.en,
  ...placesMessages.en,
  accounts: accountsMessages.en,
  audit: auditMessages.en,
  submissions: submissionsMessages.en,
  topics: topicsMessages.en,
  consultations: consultationsMessages.en,
  online: onlineMessages.en,
  outcomes: outcomesMessages.en,
  evaluations: evaluationsMessages.en,
  tasks: tasksMessages.en,
  proposals: proposalsMessages.en,
  dashboard: dashboardMessages.en,
  members: membersMessages.en,
  revisits: revisitsMessages.en,
  memberGroups: memberGroupsMessages.en,
  contacts: contactsMessages.en,
  receptions: receptionsMessages.en,
  duty: dutyMessages.en,
  vocabulary: vocabularyMessages.en,
  apiKeys: apiKeysMessages.en,
  writings: writingsMessages.en,
  notifications: notificationsMessages.en,
  whistles: whistlesMessages.en,
  workbench: workbenchMessages.en,
  trainings: trainingsMessages.en,
};

export default en;
