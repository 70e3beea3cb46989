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

// 繁體中文 (wording follows the server's zh-TW messages: 帳號, 使用者名稱, 登入, 匯入).
const zhTW: Messages = {
  app: { name: '商量', title: '商量 · 基層協商平台' },
  nav: {
    breadcrumb: '頁面位置',
    detail: '詳情',
    sections: '本頁內容',
    places: '地點',
    submissions: '訴求',
    topics: '議題',
    plan: '年度協商計畫',
    consultations: '協商活動',
    procedures: '議事規程',
    outcomes: '協商成果',
    supervision: '督辦台',
    myTasks: '我的任務',
    accounts: '帳號',
    audit: '稽核日誌',
    synonyms: '同義詞表',
    apiKeys: '介面金鑰',
    me: '我的帳號',
    menu: '主選單',
  },
  common: {
    importChecking: '正在逐列檢查「{{name}}」，請稍候…',
    importWriting: '正在匯入「{{name}}」，請稍候…',
    save: '儲存',
    downloadedMb: '已下載 {{mb}} MB',
    exportExcel: '匯出Excel',
    cancel: '取消',
    search: '搜尋',
    reset: '重設',
    close: '關閉',
    retry: '重試',
    yes: '是',
    no: '否',
    none: '—',
    saved: '已儲存',
    total: '共 {{count}} 筆',
    notAllowed: '您沒有權限檢視此頁面',
    notFound: '頁面不存在',
    notFoundText: '您造訪的頁面不存在或已被移除。',
    backHome: '返回首頁',
    loadFailed: '載入失敗',
    pageError: '頁面出錯了',
  },
  errors: {
    network: '無法連線到伺服器，請檢查網路後再試',
    http: '伺服器回傳了錯誤（{{status}}），請稍後再試',
    unknown: '出錯了，請稍後再試',
  },
  lang: { label: '語言', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  user: {
    menu: '使用者選單',
    myAccount: '我的帳號',
    signOut: '登出',
    signOutTitle: '確定要登出嗎？',
    signOutText: '登出後需要重新輸入使用者名稱和密碼。',
    signedOut: '已登出',
  },
  // the roles in words, as the account import names them too (shared/messages/accounts)
  roles: wordsOf(ROLE_LABELS, 'zh-TW'),
  // 界别, as the roster and every other page name them (shared/messages/sectors)
  sectors: wordsOf(SECTOR_LABELS, 'zh-TW'),
  me: meMessages['zh-TW'],
  // each module's own texts, kept beside its pages (modules/<module>/i18n.ts)
  ...authMessages['zh-TW'],
  ...placesMessages['zh-TW'],
  accounts: accountsMessages['zh-TW'],
  audit: auditMessages['zh-TW'],
  submissions: submissionsMessages['zh-TW'],
  topics: topicsMessages['zh-TW'],
  consultations: consultationsMessages['zh-TW'],
  online: onlineMessages['zh-TW'],
  outcomes: outcomesMessages['zh-TW'],
  evaluations: evaluationsMessages['zh-TW'],
  tasks: tasksMessages['zh-TW'],
  proposals: proposalsMessages['zh-TW'],
  dashboard: dashboardMessages['zh-TW'],
  members: membersMessages['zh-TW'],
  revisits: revisitsMessages['zh-TW'],
  memberGroups: memberGroupsMessages['zh-TW'],
  contacts: contactsMessages['zh-TW'],
  receptions: receptionsMessages['zh-TW'],
  duty: dutyMessages['zh-TW'],
  vocabulary: vocabularyMessages['zh-TW'],
  apiKeys: apiKeysMessages['zh-TW'],
  writings: writingsMessages['zh-TW'],
  notifications: notificationsMessages['zh-TW'],
  whistles: whistlesMessages['zh-TW'],
  workbench: workbenchMessages['zh-TW'],
  trainings: trainingsMessages['zh-TW'],
};

export default zhTW;
